using Temporalio.Activities;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>The checkpoint-evaluate shard, on the inference pool's task queue (implemented by
/// PantryPilot.Inference.Evaluation.CheckpointEvaluationActivities).</summary>
public interface ICheckpointEvaluationActivities
{
    [Activity(EvaluationNames.EvaluateActivity)]
    Task<EvaluateCheckpointOutput> EvaluateAsync(EvaluateCheckpointInput input);
}

/// <summary>Evaluation bookkeeping on the main task queue (implemented by PantryPilot.Activities.Training.EvaluationReportActivities).</summary>
public interface IEvaluationReportActivities
{
    [Activity(EvaluationNames.PrepareActivity)]
    Task<PrepareEvaluationSetOutput> PrepareAsync(PrepareEvaluationSetInput input);

    [Activity(EvaluationNames.CompareActivity)]
    Task<CompareCheckpointsOutput> CompareAsync(CompareCheckpointsInput input);
}
