using Temporalio.Activities;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>The checkpoint-evaluate shard, on the inference pool's task queue (implemented by
/// PantryPilot.Inference.Evaluation.CheckpointEvaluationActivities).</summary>
public interface ICheckpointEvaluationActivities
{
    [Activity(EvaluationNames.EvaluateActivity)]
    Task<EvaluateCheckpointOutput> EvaluateAsync(EvaluateCheckpointInput input);
}
