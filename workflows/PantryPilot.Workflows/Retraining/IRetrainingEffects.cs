using PantryPilot.Contracts.Notifications;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Contracts.Retraining;
using PantryPilot.Contracts.Serving;

namespace PantryPilot.Workflows.Retraining;

/// <summary>What the retraining loop needs from where it runs. In the coordinator workflow: Temporal's clock,
/// activities by their pinned names and the recipe-model run as a child workflow
/// (<see cref="TemporalRetrainingEffects"/>). In process (`pantrypilot retrain run`): the activity classes and the
/// recipe-model flow called directly. The round is written once, against this interface. Every step but the
/// notification throws <see cref="RetrainingStepFailedException"/> when it did not complete after its
/// retries.</summary>
public interface IRetrainingEffects
{
    DateTime UtcNow { get; }

    Task<FeedbackCheck> CheckAsync(CheckFeedbackInput input);

    Task<FeedbackDatasetOutput> BuildDatasetAsync(BuildFeedbackDatasetInput input);

    /// <summary>The round's recipe-model run; its failure is returned, not thrown.</summary>
    Task<ChildRun> RunRecipeModelAsync(string runId, RecipeModelInput input);

    Task<ServedModelOutput> ServedModelAsync(ServedModelInput input);

    Task<RollbackModelOutput> RollbackAsync(RollbackModelInput input);

    /// <summary>Sends a notice; never throws and never holds the round up (a notifier host that is down or absent
    /// delays nothing; the notice is delivered when it comes back, within its budget).</summary>
    void Notify(NotificationEvent notice);

    /// <summary>Logs a line for people (replay-aware in a workflow).</summary>
    void Log(string message);
}
