using Temporalio.Activities;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>Evaluation bookkeeping on the main task queue (implemented by
/// PantryPilot.Activities.Training.EvaluationReportActivities).</summary>
public interface IEvaluationReportActivities
{
    [Activity(EvaluationNames.PrepareActivity)]
    Task<PrepareEvaluationSetOutput> PrepareAsync(PrepareEvaluationSetInput input);

    [Activity(EvaluationNames.CompareActivity)]
    Task<CompareCheckpointsOutput> CompareAsync(CompareCheckpointsInput input);
}
