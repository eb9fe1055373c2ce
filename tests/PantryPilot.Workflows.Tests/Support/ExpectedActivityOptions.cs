using Temporalio.Common;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Tests.Support;

/// <summary>The options each pinned activity type is scheduled with, written out by hand from docs/temporal.md's
/// timeout budget (not read from the stage specs the workflows use): the history builder records them on every
/// ActivityTaskScheduled event it writes unless a test passes others, and the replay compares them with what the
/// workflow code asked for. A changed timeout, queue or retry policy therefore fails replay, like a changed input.
/// Unknown types are recorded with the builder's old default (the workflow's queue, 10 minutes): the comparison then
/// names the difference.</summary>
public static class ExpectedActivityOptions
{
    private static readonly string[] PipelineBadData = ["BadInputException", "ArgumentException", "FormatException", "InvalidDataException"];

    private static readonly string[] RecipeBadData = ["BadInputException", "RecipeModelInvalidInput", "ArgumentException", "FormatException"];

    private static readonly string[] EvaluationBadData = ["BadInputException", "ArgumentException", "FormatException"];

    private static readonly string[] TrainerFaults = ["TrainerNotFound", "TrainerConfigurationInvalid", "TrainerOutOfMemoryExhausted"];

    private static readonly Dictionary<string, ActivityOptions> ByType = new(StringComparer.Ordinal)
    {
        ["pantry.ingest"] = Options(60, 4 * 60, 1, 0, PipelineBadData),
        ["pantry.validate"] = Options(60, 3 * 60, 1, 0, PipelineBadData),
        ["pantry.publish-validation-report"] = Options(10, 60, 1, 0, PipelineBadData),
        ["pantry.transform"] = Options(60, 3 * 60, 1, 0, PipelineBadData),
        ["pantry.detect-anomalies"] = Options(30, 2 * 60, 1, 0, PipelineBadData),
        ["pantry.build-reports"] = Options(10, 60, 1, 0, PipelineBadData),
        ["pantry.snapshot"] = Options(30, 3 * 60, 1, 0, PipelineBadData),
        ["pantry.write-run-report"] = Options(10, 60, 1, 0, PipelineBadData),
        ["pantry.scheduled-day"] = Options(1, 60, null, 0, PipelineBadData),
        ["RecipeModel.GenerateBatch"] = Options(30, 2 * 60, 2, 5, RecipeBadData),
        ["RecipeModel.GenerateBatchOnPool"] = Options(2 * 60, 8 * 60, 2, 5, RecipeBadData, "recipe-inference"),
        ["RecipeModel.Filter"] = Options(30, 60, 1, 3, RecipeBadData),
        ["RecipeModel.Split"] = Options(30, 60, 1, 3, RecipeBadData),
        ["RecipeModel.SnapshotDataset"] = Options(30, 60, 1, 5, RecipeBadData),
        ["recipe-model.check-trainer"] = CheckTrainer(TimeSpan.FromMinutes(10)),
        ["train"] = Options(48 * 60, 96 * 60, 2, 6, TrainerFaults, "model-training"),
        ["prepare-evaluation-set"] = Options(10, 60, null, 3, EvaluationBadData),
        ["evaluate-checkpoint"] = Options(60, 3 * 60, 2, 3, EvaluationBadData, "recipe-inference"),
        ["compare-checkpoints"] = Options(10, 60, null, 3, EvaluationBadData),
        ["promote-model"] = Options(5, 60, null, 5, ["ModelRegistryException"]),
    };

    /// <summary>A copy of the options of <paramref name="activityType"/>, or null when the table does not know it.</summary>
    public static ActivityOptions? For(string activityType) =>
        ByType.TryGetValue(activityType, out var options) ? (ActivityOptions)options.Clone() : null;

    /// <summary>Release 2's trainer check: a minute of work, picked up within the run's queue timeout or "no trainer
    /// host"; 3 attempts; configuration errors end it at once.</summary>
    public static ActivityOptions CheckTrainer(TimeSpan queueTimeout)
    {
        var options = Options(1, 0, null, 3, ["TrainerNotFound", "TrainerConfigurationInvalid"], "model-training");
        options.ScheduleToCloseTimeout = queueTimeout + TimeSpan.FromMinutes(5);
        options.ScheduleToStartTimeout = queueTimeout;
        return options;
    }

    /// <summary>Release 1's train activity: 48 h an attempt, 96 h in all, 6 attempts, and a schedule-to-start timeout
    /// (the run's queue timeout) that Temporal does not retry: the defect issue 23 item 1 describes.</summary>
    public static ActivityOptions TrainV1(TimeSpan queueTimeout)
    {
        var options = Options(48 * 60, 96 * 60, 2, 6, TrainerFaults, "model-training");
        options.ScheduleToStartTimeout = queueTimeout;
        return options;
    }

    private static ActivityOptions Options(int startToCloseMinutes, int scheduleToCloseMinutes, int? heartbeatMinutes, int attempts, string[] nonRetryable, string? queue = null) => new()
    {
        TaskQueue = queue,
        StartToCloseTimeout = TimeSpan.FromMinutes(startToCloseMinutes),
        ScheduleToCloseTimeout = TimeSpan.FromMinutes(scheduleToCloseMinutes),
        HeartbeatTimeout = heartbeatMinutes is { } h ? TimeSpan.FromMinutes(h) : null,
        RetryPolicy = new RetryPolicy
        {
            InitialInterval = TimeSpan.FromSeconds(5),
            BackoffCoefficient = 2,
            MaximumInterval = TimeSpan.FromMinutes(5),
            MaximumAttempts = attempts,
            NonRetryableErrorTypes = nonRetryable,
        },
    };
}
