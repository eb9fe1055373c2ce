namespace PantryPilot.Workflows.Versioning;

/// <summary>The patch ids of the workflows' releases (docs/temporal.md "Changing a workflow safely"). Each workflow
/// asks <c>Workflow.Patched</c> for its release's id once, first thing in its run: a run that started under an earlier
/// release replays without the marker, gets false, and keeps that release's behaviour to its end; a run that starts
/// under this code records the marker and gets the new behaviour throughout. When no run of the earlier release is left
/// (nor will be queried), the call becomes <c>Workflow.DeprecatePatch</c> and the old branches go.</summary>
public static class WorkflowPatches
{
    /// <summary>Release 2 of DataPipelineWorkflow: siblings cancelled on a failure, no "running" outcome.</summary>
    public const string DataPipelineRelease2 = "data-pipeline.release-2";

    /// <summary>Release 2 of PantrySensorWorkflow: continue-as-new checked after every signal, children
    /// time-limited.</summary>
    public const string SensorRelease2 = "pantry-sensor.release-2";

    /// <summary>Release 2 of ScheduledPipelineWorkflow: the day dated by an activity, the child time-limited.</summary>
    public const string ScheduledRelease2 = "scheduled-pipeline.release-2";

    /// <summary>Release 2 of RecipeModelWorkflow: trainer check before training, verdicts as files, sliding
    /// fan-out.</summary>
    public const string RecipeModelRelease2 = "recipe-model.release-2";

    /// <summary>Release 2 of RetrainingCoordinatorWorkflow: a round that a person refused, or whose approval wait timed
    /// out, sends a training-failed notice at stage "approval".</summary>
    public const string RetrainingCoordinatorRelease2 = "retraining-coordinator.release-2";

    /// <summary>Release 2 of the household workflow: cook releases a plan's reservation, the weekly digest carries the
    /// shopping list and goes through send-notification. Asked where the behaviour changes, not first thing in the
    /// run: an entity runs for weeks, and its old digests must replay while its new ones take the new path.</summary>
    public const string HouseholdRelease2 = "household.release-2";

    /// <summary>Release 3 of the household workflow: it computes the shopping list its <c>shopping-list</c> query
    /// answers with, at a run's start and once updates that change the list have settled (a durable timer, then the
    /// <c>household.shopping-list</c> activity). Asked when a run first wants a refresh: a run whose history has none
    /// keeps release 2's commands to its end (its list comes from the update and the digest only).</summary>
    public const string HouseholdRelease3 = "household.release-3";

    /// <summary>Every patch id in use, by workflow type.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByWorkflow =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["DataPipelineWorkflow"] = [DataPipelineRelease2],
            ["PantrySensorWorkflow"] = [SensorRelease2],
            ["ScheduledPipelineWorkflow"] = [ScheduledRelease2],
            ["RecipeModel"] = [RecipeModelRelease2],
            ["RetrainingCoordinatorWorkflow"] = [RetrainingCoordinatorRelease2],
            ["household"] = [HouseholdRelease2, HouseholdRelease3],
        };
}
