using Temporalio.Activities;

namespace PantryPilot.Contracts.Retraining;

/// <summary>The coordinator's activities on <see cref="RetrainingNames.TaskQueue"/> (implemented by
/// PantryPilot.Activities.Retraining.RetrainingActivities).</summary>
public interface IRetrainingActivities
{
    [Activity(RetrainingNames.CheckActivity)]
    Task<FeedbackCheck> CheckAsync(CheckFeedbackInput input);

    [Activity(RetrainingNames.BuildDatasetActivity)]
    Task<FeedbackDatasetOutput> BuildDatasetAsync(BuildFeedbackDatasetInput input);

    [Activity(RetrainingNames.RollbackActivity)]
    Task<RollbackModelOutput> RollbackAsync(RollbackModelInput input);
}
