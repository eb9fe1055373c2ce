using PantryPilot.Contracts.Retraining;
using PantryPilot.Workflows.Tests.Support;

namespace PantryPilot.Workflows.Tests.Retraining;

/// <summary>Coordinator histories as the server records them, on the shared <see cref="HistoryBuilder"/>, with
/// settings that continue as new after one check (so each path ends in a ContinuedAsNew event).</summary>
public static class CoordinatorHistory
{
    public static readonly RetrainingSettings Settings = new("data/recipe-model", new RetrainingThresholds(NewPairs: 3), ChecksPerRun: 1);

    public static FeedbackCheck Check(bool triggered, int pairs) => new(
        triggered,
        triggered ? [$"{pairs} new preference pairs (threshold 3)"] : [],
        "base",
        pairs,
        pairs,
        0,
        0,
        0,
        null,
        [],
        1);

    /// <summary>The first task (with the release's patch marker, from release 2), the check it schedules, the check's
    /// answer and the task after it.</summary>
    public static HistoryBuilder Checked(FeedbackCheck check, CoordinatorCarry? carry = null, string? patch = null)
    {
        var builder = new HistoryBuilder(RetrainingNames.Workflow, new CoordinatorInput(Settings, carry), taskQueue: RetrainingNames.TaskQueue);
        builder.WorkflowTask();
        if (patch is not null)
        {
            builder.Patched(patch);
        }

        var scheduled = builder.ScheduleActivity(RetrainingNames.CheckActivity, new CheckFeedbackInput(Settings.Rules, Settings.DataDir));
        builder.CompleteActivity(scheduled, check).WorkflowTask();
        return builder;
    }
}
