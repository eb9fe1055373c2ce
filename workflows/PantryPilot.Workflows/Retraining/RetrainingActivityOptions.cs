using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Contracts.Serving;
using Temporalio.Common;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Retraining;

/// <summary>How the coordinator's steps run. Infrastructure faults are retried with backoff inside each budget; past
/// it the step is recorded as failed and the coordinator goes on (a check at the next poll, a round ended).</summary>
public static class RetrainingActivityOptions
{
    /// <summary>A read of the feedback store: quick; a store that is away for half an hour costs one check.</summary>
    public static ActivityOptions Check { get; } = new()
    {
        StartToCloseTimeout = TimeSpan.FromMinutes(5),
        ScheduleToCloseTimeout = TimeSpan.FromMinutes(30),
        RetryPolicy = Retry(),
    };

    /// <summary>The dataset build streams every feedback row and snapshots the folder: it heartbeats.</summary>
    public static ActivityOptions Build { get; } = new()
    {
        StartToCloseTimeout = TimeSpan.FromMinutes(30),
        ScheduleToCloseTimeout = TimeSpan.FromHours(2),
        HeartbeatTimeout = TimeSpan.FromMinutes(2),
        RetryPolicy = Retry(),
    };

    /// <summary>Asked of a worker serving households right after a promotion; no worker within two minutes means
    /// "not verified", never a rollback.</summary>
    public static ActivityOptions ServedModel { get; } = new()
    {
        TaskQueue = ServingNames.TaskQueue,
        ScheduleToStartTimeout = TimeSpan.FromMinutes(2),
        StartToCloseTimeout = TimeSpan.FromMinutes(1),
        RetryPolicy = new RetryPolicy { MaximumAttempts = 3, InitialInterval = TimeSpan.FromSeconds(5) },
    };

    public static ActivityOptions Rollback { get; } = new()
    {
        StartToCloseTimeout = TimeSpan.FromMinutes(2),
        ScheduleToCloseTimeout = TimeSpan.FromMinutes(30),
        RetryPolicy = Retry(),
    };

    /// <summary>The recipe-model run of a round, on the pipeline workers' queue (where `pantrypilot worker` runs the
    /// workflows). Its approval wait lasts days, so no run timeout.</summary>
    public static ChildWorkflowOptions Child(string runId) => new()
    {
        Id = runId,
        TaskQueue = Contracts.TaskQueues.Pipeline,
        StaticSummary = $"retraining round: {runId}",
    };

    private static RetryPolicy Retry() => new()
    {
        InitialInterval = TimeSpan.FromSeconds(2),
        MaximumInterval = TimeSpan.FromMinutes(2),
        BackoffCoefficient = 2,
        NonRetryableErrorTypes = [RecipeModelFailures.InvalidInput, "BadInputException"],
    };
}
