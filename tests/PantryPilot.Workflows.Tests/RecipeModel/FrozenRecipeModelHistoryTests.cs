using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Workflows.RecipeModel;
using PantryPilot.Workflows.Tests.Support;
using Temporalio.Common;
using Temporalio.Worker;

namespace PantryPilot.Workflows.Tests.RecipeModel;

/// <summary>Histories of released versions of RecipeModelWorkflow, frozen as JSON in RecipeModel/Histories/ (the format
/// <c>temporal workflow show --output json</c> writes): the data half and every path of part 2. They were built in code
/// by <see cref="HistoryBuilder"/> (which writes the core flags, so the SDK checks activity types and ids) and are read
/// back from the files here, not rebuilt: a later change of the workflow's commands (order, count, activity types,
/// timers, waves) fails replay, as it would fail running workflows. A change in behaviour needs <c>Workflow.Patched</c>,
/// never an edited file. Refreeze only for a new version, keeping the old files:
/// <c>PANTRYPILOT_FREEZE_HISTORIES=1 dotnet test tests/PantryPilot.Workflows.Tests --filter Freeze</c>.
/// recipe-model-happy-v1.json predates the core flags in the builder; it is kept because it still replays (evidence of
/// compatibility), and recipe-model-v1-dataset-happy.json is the same path frozen with the flags.</summary>
public class FrozenRecipeModelHistoryTests
{
    private const string Entry = "recipe-model-ds1/iter-0001000";

    /// <summary>The first frozen file: no core flags, no options or inputs recorded; kept because its commands still
    /// replay (recipe-model-v1-dataset-happy.json is the same path recorded in full).</summary>
    private const string CommandsOnly = "recipe-model-happy-v1.json";

    private static readonly string SourceFolder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "RecipeModel", "Histories"));

    private static readonly string OutputFolder = Path.Combine(AppContext.BaseDirectory, "RecipeModel", "Histories");

    public static TheoryData<string> Files() => new(FileNames());

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Replay_FrozenRecipeModelHistory_ReplaysAgainstCurrentCode(string file)
    {
        var history = WorkflowHistory.FromJson(RecipeModelHistory.WorkflowId, await File.ReadAllTextAsync(Path.Combine(OutputFolder, file)));
        if (file == CommandsOnly)
        {
            // Predates the builder that records options and inputs: only its commands can be checked.
            var result = await new WorkflowReplayer(new WorkflowReplayerOptions { DataConverter = PantryPilot.Contracts.Payloads.PayloadJson.DataConverter }
                .AddWorkflow<RecipeModelWorkflow>()).ReplayWorkflowAsync(history, throwOnReplayFailure: false);
            Assert.Null(result.ReplayFailure);
            return;
        }

        var replay = await ReplayObserver.ReplayAsync(history, [typeof(RecipeModelWorkflow)], deadlockDetection: true);

        // The SDK checks the kind, order, activity types and ids of commands, not timer durations: an approval wait
        // that reminded every 2 h instead of every hour would replay. The durations recorded must match too.
        var recorded = history.Events.Where(e => e.EventType == Temporalio.Api.Enums.V1.EventType.TimerStarted)
            .Select(e => e.TimerStartedEventAttributes.StartToFireTimeout.ToTimeSpan());
        Assert.Equal(recorded, replay.Timers);
        var ended = history.Events.Last().EventType is Temporalio.Api.Enums.V1.EventType.WorkflowExecutionCompleted
            or Temporalio.Api.Enums.V1.EventType.WorkflowExecutionFailed or Temporalio.Api.Enums.V1.EventType.WorkflowExecutionCanceled;
        Assert.Equal(ended, replay.Outcome is not null);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Frozen_RecipeModelHistory_RecordsTheCoreFlagsOrIsTheKnownOldFile(string file)
    {
        // Without the flags the SDK replays in its oldest mode and would not notice a renamed activity.
        var history = WorkflowHistory.FromJson(RecipeModelHistory.WorkflowId, File.ReadAllText(Path.Combine(OutputFolder, file)));
        var first = history.Events.First(e => e.EventType == Temporalio.Api.Enums.V1.EventType.WorkflowTaskCompleted);
        var flags = first.WorkflowTaskCompletedEventAttributes.SdkMetadata?.CoreUsedFlags ?? [];
        if (file == CommandsOnly)
        {
            Assert.Empty(flags);
            return;
        }

        Assert.Equal(HistoryBuilder.CoreUsedFlags, flags);
    }

    [Fact]
    public void Freeze_EveryReleasedRecipeModelPath_HasAFrozenHistory()
    {
        FrozenHistories.FreezeWhenAsked(SourceFolder, FrozenHistories.AsReleaseOne(Paths()));
        FrozenHistories.FreezeWhenAsked(SourceFolder, ReleaseTwo());

        var frozen = FileNames().Select(Path.GetFileNameWithoutExtension).ToHashSet();
        Assert.All(Paths().Keys.Concat(ReleaseTwo().Keys), name => Assert.Contains(name, frozen));
    }

    private static IEnumerable<string> FileNames() => FrozenHistories.FileNames(OutputFolder);

    /// <summary>The paths frozen for release 2 (file name → history): every change of the release at least once.</summary>
    private static Dictionary<string, Func<WorkflowHistory>> ReleaseTwo() => new()
    {
        ["recipe-model-v2-dataset-happy"] = () => RecipeModelHistory.HappyPath().Builder.Build(RecipeModelHistory.WorkflowId),
        ["recipe-model-v2-slow-batch-holds-up-nothing"] = () =>
        {
            var h = new RecipeModelHistory(RecipeModelHistory.DefaultInput());
            var slow = h.ScheduleBatch(0, 100);
            var quick = h.ScheduleBatch(1, 100);
            h.Builder.StartActivity(slow);
            h.Builder.CompleteActivity(quick, RecipeModelHistory.BatchResult(1, 100)).WorkflowTask();
            var next = h.ScheduleBatch(2, 50);
            h.Builder.CompleteActivity(next, RecipeModelHistory.BatchResult(2, 50)).WorkflowTask();
            h.Builder.CompleteActivity(slow, RecipeModelHistory.BatchResult(0, 100)).WorkflowTask();
            h.Generated(RecipeModelHistory.BatchResult(0, 100), RecipeModelHistory.BatchResult(1, 100), RecipeModelHistory.BatchResult(2, 50));
            h.Snapshot("raw-snap").Filter().Split().Snapshot("dataset-snap");
            h.Builder.WorkflowCompleted(null);
            return h.Builder.Build(RecipeModelHistory.WorkflowId);
        },
        ["recipe-model-v2-train-evaluate-promote"] = () =>
        {
            var h = new ModelTrainingHistory(ModelTrainingHistory.Input());
            var trained = ModelTrainingHistory.Trained();
            h.Train(trained).Evaluate(trained, "iter-0001000").Promote(Entry);
            return Done(h);
        },
        ["recipe-model-v2-train-retried-late"] = () =>
        {
            var h = new ModelTrainingHistory(ModelTrainingHistory.Input());
            var trained = ModelTrainingHistory.Trained(
                new TrainingAttempt(1, 0, 600, 2048, 1, "lost (heartbeat timeout) at iteration 600", null),
                new TrainingAttempt(2, 500, 500, 2048, 1, "completed", null));
            var train = h.CheckTrainer().ScheduleTrain();
            h.Builder.Advance(TimeSpan.FromMinutes(45)).StartActivityRetried(train, 2, "activity heartbeat timeout", "TimeoutError");
            h.Builder.CompleteActivity(train, trained).WorkflowTask();
            h.Evaluate(trained, "iter-0001000").Promote(Entry);
            return Done(h);
        },
        ["recipe-model-v2-no-trainer-host-base-only"] = () =>
        {
            var h = new ModelTrainingHistory(ModelTrainingHistory.Input());
            var check = h.ScheduleTrainerCheck();
            h.Builder.Advance(TimeSpan.FromMinutes(10)).ScheduleToStartTimedOut(check).WorkflowTask();
            h.Evaluate(ModelTrainingHistory.NoTrainer(), "base").Promote("recipe-model-ds1/base");
            return Done(h);
        },
        ["recipe-model-v2-approval-granted-update"] = () =>
        {
            var h = new ModelTrainingHistory(ModelTrainingHistory.Input(promotion: new PromotionSettings(true, new ApprovalSettings(true))));
            var trained = ModelTrainingHistory.Trained();
            h.Train(trained).Evaluate(trained, "iter-0001000");
            var wait = h.Builder.StartTimer(TimeSpan.FromHours(4));
            h.Builder.Advance(TimeSpan.FromMinutes(20)).WorkflowTask();
            var accepted = h.Builder.UpdateAccepted("u-1", "decide-promotion", new PromotionDecision(true, "ana", "looks right"));
            h.Builder.UpdateCompleted(accepted, $"approved by ana: {Entry}").CancelTimer(wait);
            h.Promote(Entry, approvedBy: "ana");
            return Done(h);
        },
        ["recipe-model-v2-shard-size-zero-refused"] = () =>
        {
            var input = ModelTrainingHistory.Input() with { Evaluation = new EvaluationOptions(true, Samples: 20, ShardSize: 0) };
            var b = new HistoryBuilder("RecipeModel", input).WorkflowTask().Patched("recipe-model.release-2");
            return b.WorkflowFailed("Invalid recipe-model input: evaluation shard size must be at least 1 (got 0)", RecipeModelFailures.InvalidInput).Build(RecipeModelHistory.WorkflowId);
        },
    };

    /// <summary>The paths frozen for version 1 (file name → history), built as the server would record them.</summary>
    private static Dictionary<string, Func<WorkflowHistory>> Paths() => new()
    {
        ["recipe-model-v1-dataset-happy"] = () => RecipeModelHistory.HappyPath(release: 1).Builder.Build(RecipeModelHistory.WorkflowId),
        ["recipe-model-v1-train-evaluate-promote"] = () =>
        {
            var h = new ModelTrainingHistory(ModelTrainingHistory.Input(), release: 1);
            var trained = ModelTrainingHistory.Trained();
            h.Train(trained).Evaluate(trained, "iter-0001000").Promote(Entry);
            return Done(h);
        },
        ["recipe-model-v1-train-crash-resume"] = () =>
        {
            var h = new ModelTrainingHistory(ModelTrainingHistory.Input(), release: 1);
            var trained = ModelTrainingHistory.Trained(
                new TrainingAttempt(1, 0, 10956, 2048, 1, "crashed (exit 1) at iteration 8250", null),
                new TrainingAttempt(2, 8000, 2956, 2048, 1, "completed", null));
            var train = h.ScheduleTrain();
            h.Builder.StartActivityRetried(train, 2, "trainer exited 1 at iteration 8250; the next attempt resumes from checkpoint 8000", "TrainerCrashed");
            h.Builder.CompleteActivity(train, trained).WorkflowTask();
            h.Evaluate(trained, "iter-0001000").Promote(Entry);
            return Done(h);
        },
        ["recipe-model-v1-train-oom-adjusted"] = () =>
        {
            var h = new ModelTrainingHistory(ModelTrainingHistory.Input(), release: 1);
            var trained = ModelTrainingHistory.Trained(
                new TrainingAttempt(1, 0, 1000, 2048, 1, "out-of-memory at iteration 300", null),
                new TrainingAttempt(2, 0, 1000, 1024, 1, "completed", "out of memory: max sequence length 2048 -> 1024"));
            var train = h.ScheduleTrain();
            h.Builder.StartActivityRetried(train, 2, "trainer ran out of memory at iteration 300", "TrainerOutOfMemory");
            h.Builder.CompleteActivity(train, trained).WorkflowTask();
            h.Evaluate(trained, "iter-0000500").Promote("recipe-model-ds1/iter-0000500");
            return Done(h);
        },
        ["recipe-model-v1-train-cancelled"] = () =>
        {
            var h = new ModelTrainingHistory(ModelTrainingHistory.Input(), release: 1);
            var train = h.ScheduleTrain();
            h.Builder.StartActivity(train).CancelRequested().WorkflowTask().RequestCancelActivity(train).ActivityCanceled(train).WorkflowTask().WorkflowCanceled();
            return h.Builder.Build(RecipeModelHistory.WorkflowId);
        },
        ["recipe-model-v1-evaluate-shard-retried"] = () =>
        {
            var h = new ModelTrainingHistory(ModelTrainingHistory.Input(), release: 1);
            var trained = ModelTrainingHistory.Trained();
            h.Train(trained).Evaluate(trained, "iter-0001000", retriedShard: 2).Promote(Entry);
            return Done(h);
        },
        ["recipe-model-v1-no-trainer-base-only"] = () =>
        {
            var h = new ModelTrainingHistory(ModelTrainingHistory.Input(), release: 1);
            h.Train(ModelTrainingHistory.NoTrainer());
            // Without a trainer only the base model is a candidate.
            h.Evaluate(ModelTrainingHistory.NoTrainer(), "base").Promote("recipe-model-ds1/base");
            return Done(h);
        },
        ["recipe-model-v1-no-trainer-host-base-only"] = () =>
        {
            var h = new ModelTrainingHistory(ModelTrainingHistory.Input(), release: 1);
            var train = h.ScheduleTrain();
            h.Builder.Advance(TimeSpan.FromMinutes(10)).ScheduleToStartTimedOut(train).WorkflowTask();
            // Without a trainer only the base model is a candidate.
            h.Evaluate(ModelTrainingHistory.NoTrainer(), "base").Promote("recipe-model-ds1/base");
            return Done(h);
        },
        ["recipe-model-v1-approval-granted-signal"] = () =>
        {
            var h = AtApproval(new ApprovalSettings(true));
            var wait = h.Builder.StartTimer(TimeSpan.FromHours(4));
            h.Builder.Advance(TimeSpan.FromMinutes(20)).Signal("approve-promotion", new PromotionDecision(true, "ana", "looks right")).WorkflowTask().CancelTimer(wait);
            h.Promote(Entry, approvedBy: "ana");
            return Done(h);
        },
        ["recipe-model-v1-approval-granted-update"] = () =>
        {
            var h = AtApproval(new ApprovalSettings(true));
            var wait = h.Builder.StartTimer(TimeSpan.FromHours(4));
            h.Builder.Advance(TimeSpan.FromMinutes(20)).WorkflowTask();
            var accepted = h.Builder.UpdateAccepted("u-1", "decide-promotion", new PromotionDecision(true, "ana", "looks right"));
            h.Builder.UpdateCompleted(accepted, $"approved by ana: {Entry}").CancelTimer(wait);
            h.Promote(Entry, approvedBy: "ana");
            return Done(h);
        },
        ["recipe-model-v1-approval-refused"] = () =>
        {
            var h = AtApproval(new ApprovalSettings(true));
            var wait = h.Builder.StartTimer(TimeSpan.FromHours(4));
            h.Builder.WorkflowTask();
            var accepted = h.Builder.UpdateAccepted("u-1", "decide-promotion", new PromotionDecision(false, "ben", "sample too small"));
            h.Builder.UpdateCompleted(accepted, $"refused by ben: {Entry}").CancelTimer(wait);
            return Done(h);
        },
        ["recipe-model-v1-approval-timed-out"] = () =>
        {
            var h = AtApproval(new ApprovalSettings(true, TimeSpan.FromHours(1), TimeSpan.FromHours(2)));
            var deadline = h.Builder.WorkflowTime.AddHours(2);
            var reminder = h.Builder.StartTimer(TimeSpan.FromHours(1));
            h.Builder.Advance(TimeSpan.FromHours(1)).FireTimer(reminder).WorkflowTask();
            var last = h.Builder.StartTimer(deadline - h.Builder.WorkflowTime);
            h.Builder.Advance(TimeSpan.FromHours(1)).FireTimer(last).WorkflowTask();
            return Done(h);
        },
    };

    private static ModelTrainingHistory AtApproval(ApprovalSettings approval)
    {
        var h = new ModelTrainingHistory(ModelTrainingHistory.Input(promotion: new PromotionSettings(true, approval)), release: 1);
        var trained = ModelTrainingHistory.Trained();
        return h.Train(trained).Evaluate(trained, "iter-0001000");
    }

    private static WorkflowHistory Done(ModelTrainingHistory h)
    {
        h.Builder.WorkflowCompleted(null);
        return h.Builder.Build(RecipeModelHistory.WorkflowId);
    }
}
