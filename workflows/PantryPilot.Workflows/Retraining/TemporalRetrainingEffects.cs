using Microsoft.Extensions.Logging;
using PantryPilot.Contracts.Notifications;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Contracts.Retraining;
using PantryPilot.Contracts.Serving;
using PantryPilot.Workflows.RecipeModel;
using Temporalio.Exceptions;
using Temporalio.Workflows;
using PantryPilot.Workflows.Notifications;

namespace PantryPilot.Workflows.Retraining;

/// <summary>The loop's effects inside the coordinator workflow: Temporal's clock, activities by their pinned names,
/// the recipe-model run as a child workflow, notices as activities that are not awaited (the loop never waits on a
/// notifier; the workflow drains them before it continues as new). Only usable inside a workflow.</summary>
public sealed class TemporalRetrainingEffects : IRetrainingEffects
{
    private readonly List<Task> notices = [];

    public DateTime UtcNow => Workflow.UtcNow;

    public Task<FeedbackCheck> CheckAsync(CheckFeedbackInput input) =>
        Step(
            "the feedback check",
            () => Workflow.ExecuteActivityAsync(
                (IRetrainingActivities a) => a.CheckAsync(input),
                RetrainingActivityOptions.Check));

    public Task<FeedbackDatasetOutput> BuildDatasetAsync(BuildFeedbackDatasetInput input) =>
        Step(
            "the dataset build",
            () => Workflow.ExecuteActivityAsync(
                (IRetrainingActivities a) => a.BuildDatasetAsync(input),
                RetrainingActivityOptions.Build));

    public async Task<ChildRun> RunRecipeModelAsync(string runId, RecipeModelInput input)
    {
        try
        {
            var output = await Workflow.ExecuteChildWorkflowAsync(
                (RecipeModelWorkflow wf) => wf.RunAsync(input),
                RetrainingActivityOptions.Child(runId));
            return new ChildRun(output, null, null);
        }
        catch (ChildWorkflowFailureException e)
        {
            var inner = e.InnerException;
            while (inner is ActivityFailureException or ChildWorkflowFailureException
                && inner.InnerException is not null)
            {
                inner = inner.InnerException;
            }

            return new ChildRun(null, (inner as ApplicationFailureException)?.ErrorType, inner?.Message ?? e.Message);
        }
    }

    public Task<ServedModelOutput> ServedModelAsync(ServedModelInput input) =>
        Step(
            "the served-model check",
            () => Workflow.ExecuteActivityAsync(
                (IServedModelActivities a) => a.ServedModelAsync(input),
                RetrainingActivityOptions.ServedModel));

    public Task<RollbackModelOutput> RollbackAsync(RollbackModelInput input) =>
        Step(
            "the rollback",
            () => Workflow.ExecuteActivityAsync(
                (IRetrainingActivities a) => a.RollbackAsync(input),
                RetrainingActivityOptions.Rollback));

    public void Notify(NotificationEvent notice) => notices.Add(SendAsync(notice));

    public void Log(string message) => Workflow.Logger.LogInformation("{Message}", message);

    /// <summary>Waits for the notices still on their way (before the workflow continues as new: a run's pending
    /// activities do not follow it).</summary>
    public async Task DrainAsync()
    {
        await Workflow.WhenAllAsync(notices);
        notices.Clear();
    }

    private static async Task SendAsync(NotificationEvent notice)
    {
        try
        {
            await Workflow.ExecuteActivityAsync(
                (INotificationActivities n) => n.SendAsync(new(notice)),
                NotificationActivityOptions.Send);
        }
        catch (ActivityFailureException e)
        {
            Workflow.Logger.LogWarning(
                "notice {EventId} not delivered: {Reason}",
                notice.EventId,
                e.InnerException?.Message ?? e.Message);
        }
    }

    private static async Task<T> Step<T>(string what, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ActivityFailureException e)
        {
            throw new RetrainingStepFailedException(
                $"{what} did not complete: {e.InnerException?.Message ?? e.Message}",
                e);
        }
    }
}
