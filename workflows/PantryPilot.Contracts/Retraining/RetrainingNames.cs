namespace PantryPilot.Contracts.Retraining;

/// <summary>Pinned names of the retraining loop (docs/feedback-loop.md): one long-lived
/// coordinator per namespace, its task queue and activities. Spelled by the project's name rules: activities
/// <c>area.name</c>, the rest kebab-case, the workflow type PascalCase ending in Workflow.</summary>
public static class RetrainingNames
{
    public const string Workflow = "RetrainingCoordinatorWorkflow";

    /// <summary>The one coordinator's fixed id: a second start joins it instead of running a second loop.</summary>
    public const string WorkflowId = "retraining-coordinator";

    /// <summary>The coordinator and its feedback activities (hosts with the household store: DATABASE_URL or the
    /// embedded store, and the data root).</summary>
    public const string TaskQueue = "retraining";

    public const string CheckActivity = "retraining.check-feedback";

    public const string BuildDatasetActivity = "retraining.build-dataset";

    public const string RollbackActivity = "retraining.rollback-model";

    /// <summary>Signal: look at the feedback now instead of at the next poll (no argument).</summary>
    public const string CheckNowSignal = "check-feedback-now";

    /// <summary>Query: <see cref="CoordinatorStatus"/>.</summary>
    public const string StatusQuery = "status";

    /// <summary>The child recipe-model runs are named feedback-0001, feedback-0002, ...</summary>
    public static string DatasetName(int round) => $"feedback-{round:D4}";

    /// <summary>Non-retryable: the coordinator's settings cannot run (a threshold out of range, no data dir).</summary>
    public const string InvalidSettings = "RetrainingSettingsInvalid";
}
