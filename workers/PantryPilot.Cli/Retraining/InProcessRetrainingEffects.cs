using PantryPilot.Activities.Notifications;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Retraining;
using PantryPilot.Contracts.Notifications;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Contracts.Retraining;
using PantryPilot.Contracts.Serving;
using PantryPilot.Workflows.Retraining;
using Temporalio.Exceptions;

namespace PantryPilot.Cli.Retraining;

/// <summary>The retraining loop's effects without a Temporal server (`pantrypilot retrain run`): the same activity
/// classes the coordinator's worker runs, called directly; the round's recipe-model run is the in-process flow
/// (<paramref name="runRecipeModel"/>); notices go through the configured notifier at once. The served-model check
/// is <paramref name="servedModel"/>: the serving side's own check (the registry read by the same tracker and adapter
/// loader that in-process household requests are served by), or, when this process has no model to serve with, a
/// step that says so instead of guessing.</summary>
public sealed class InProcessRetrainingEffects(
    RetrainingActivities activities,
    Notifier? notifier,
    Func<string, RecipeModelInput, Task<RecipeModelOutput>> runRecipeModel,
    Action<string> log,
    CancellationToken cancellationToken,
    Func<ServedModelInput, Task<ServedModelOutput>>? servedModel = null) : IRetrainingEffects
{
    private readonly List<NotificationEvent> sent = [];
    private readonly List<Task> pending = [];

    /// <summary>The notices the round sent (or tried to), in order.</summary>
    public IReadOnlyList<NotificationEvent> Sent => sent;

    public DateTime UtcNow => DateTime.UtcNow;

    public Task<FeedbackCheck> CheckAsync(CheckFeedbackInput input) =>
        Step("the feedback check", () => activities.CheckAsync(input));

    public Task<FeedbackDatasetOutput> BuildDatasetAsync(BuildFeedbackDatasetInput input) =>
        Step("the dataset build", () => activities.BuildDatasetAsync(input));

    public async Task<ChildRun> RunRecipeModelAsync(string runId, RecipeModelInput input)
    {
        try
        {
            return new ChildRun(await runRecipeModel(runId, input), null, null);
        }
        catch (ApplicationFailureException e)
        {
            return new ChildRun(null, e.ErrorType, e.Message);
        }
    }

    public Task<ServedModelOutput> ServedModelAsync(ServedModelInput input) =>
        servedModel is null
            ? throw new RetrainingStepFailedException(
                "this process has no model to serve with (Inference:ModelPath); a worker started with "
                + "Inference:RegistryPath serves the promoted entry on its next registry poll")
            : Step("the served-model check", () => servedModel(input));

    public Task<RollbackModelOutput> RollbackAsync(RollbackModelInput input) =>
        Step("the rollback", () => activities.RollbackAsync(input));

    public void Notify(NotificationEvent notice)
    {
        sent.Add(notice);
        if (notifier is null)
        {
            log($"notice {notice.EventId} not sent: no notification channel is configured (Notifications:Channels)");
            return;
        }

        pending.Add(SendAsync(notifier, notice));
    }

    /// <summary>Waits for the notices still on their way (before the command exits).</summary>
    public async Task DrainAsync()
    {
        await Task.WhenAll(pending);
        pending.Clear();
    }

    public void Log(string message) => log(message);

    private async Task SendAsync(Notifier channels, NotificationEvent notice)
    {
        try
        {
            await channels.SendAsync(new SendNotificationInput(notice, null), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A notice never holds the round up (as in the workflow); the delivery ledger lets a later send retry it.
            log($"notice {notice.EventId} not delivered: {e.Message}");
        }
    }

    private static async Task<T> Step<T>(string what, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is not (OperationCanceledException or BadInputException))
        {
            throw new RetrainingStepFailedException($"{what} did not complete: {e.Message}", e);
        }
    }
}
