using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Workflows.RecipeModel;
using PantryPilot.Workflows.Tests.Support;
using Temporalio.Exceptions;

namespace PantryPilot.Workflows.Tests.RecipeModel;

/// <summary>Replays hand-built histories of part 2 (train → checkpoint-evaluate → promote) against the real
/// RecipeModelWorkflow: every path, including retries the server records only as a later attempt, cancellation during
/// training and the durable approval wait (signal, refusal, timeout with reminders).</summary>
public class ModelTrainingReplayTests
{
    private static readonly string[] DataHalf =
    [
        "RecipeModel.GenerateBatch", "RecipeModel.GenerateBatch", "RecipeModel.GenerateBatch",
        "RecipeModel.SnapshotDataset", "RecipeModel.Filter", "RecipeModel.Split", "RecipeModel.SnapshotDataset",
    ];

    private static readonly string[] Evaluation = ["prepare-evaluation-set", .. Enumerable.Repeat("evaluate-checkpoint", 6), "compare-checkpoints"];

    [Fact]
    public async Task Replay_TrainEvaluatePromote_PromotesTheBestCheckpoint()
    {
        var h = new ModelTrainingHistory(ModelTrainingHistory.Input());
        var trained = ModelTrainingHistory.Trained();
        h.Train(trained).Evaluate(trained, "iter-0001000").Promote("recipe-model-ds1/iter-0001000");
        h.Builder.WorkflowCompleted(null);

        var probe = await ReplayObserver.ReplayAsync<RecipeModelWorkflow>(h.Builder.Build(RecipeModelHistory.WorkflowId));

        Assert.Equal([.. DataHalf, "recipe-model.check-trainer", "train", .. Evaluation, "promote-model"], probe.Scheduled);
        var model = Assert.IsType<RecipeModelOutput>(probe.Outcome!.Result).Model!;
        Assert.Equal("promoted", model.Promotion.Status);
        Assert.Equal("recipe-model-ds1/iter-0001000", model.Promotion.EntryId);
        Assert.Equal("iter-0001000", model.Comparison!.Best);
        Assert.Equal(20, model.EvaluationSet!.Requests);
    }

    [Fact]
    public async Task Replay_TrainCrashedThenResumed_CarriesOnWithTheResumedOutput()
    {
        var h = new ModelTrainingHistory(ModelTrainingHistory.Input());
        var trained = ModelTrainingHistory.Trained(
            new TrainingAttempt(1, 0, 10956, 2048, 1, "crashed (exit 1) at iteration 8250", null),
            new TrainingAttempt(2, 8000, 2956, 2048, 1, "completed", null));
        var train = h.CheckTrainer().ScheduleTrain();
        h.Builder.StartActivityRetried(train, 2, "trainer exited 1 at iteration 8250; the next attempt resumes from checkpoint 8000", "TrainerCrashed");
        h.Builder.CompleteActivity(train, trained).WorkflowTask();
        h.Evaluate(trained, "iter-0001000").Promote("recipe-model-ds1/iter-0001000");
        h.Builder.WorkflowCompleted(null);

        var probe = await ReplayObserver.ReplayAsync<RecipeModelWorkflow>(h.Builder.Build(RecipeModelHistory.WorkflowId));

        var attempts = Assert.IsType<RecipeModelOutput>(probe.Outcome!.Result).Model!.Train.Attempts;
        Assert.Equal(8000, attempts[1].ResumedFrom);
        Assert.Equal([.. DataHalf, "recipe-model.check-trainer", "train", .. Evaluation, "promote-model"], probe.Scheduled);
    }

    [Fact]
    public async Task Replay_OutOfMemoryThenAdjustedRetry_RecordsThePolicyStep()
    {
        var h = new ModelTrainingHistory(ModelTrainingHistory.Input());
        var trained = ModelTrainingHistory.Trained(
            new TrainingAttempt(1, 0, 1000, 2048, 1, "out-of-memory at iteration 300", null),
            new TrainingAttempt(2, 200, 800, 1024, 1, "completed", "out of memory: max sequence length 2048 -> 1024"));
        var train = h.CheckTrainer().ScheduleTrain();
        h.Builder.StartActivityRetried(train, 2, "trainer ran out of memory at iteration 300", "TrainerOutOfMemory");
        h.Builder.CompleteActivity(train, trained).WorkflowTask();
        h.Evaluate(trained, "iter-0000500").Promote("recipe-model-ds1/iter-0000500");
        h.Builder.WorkflowCompleted(null);

        var probe = await ReplayObserver.ReplayAsync<RecipeModelWorkflow>(h.Builder.Build(RecipeModelHistory.WorkflowId));

        var model = Assert.IsType<RecipeModelOutput>(probe.Outcome!.Result).Model!;
        Assert.Equal(1024, model.Train.Applied.MaxSeqLength);
        Assert.Equal("out of memory: max sequence length 2048 -> 1024", model.Train.Attempts[1].Adjustment);
    }

    [Fact]
    public async Task Replay_TrainerNotFound_FailsTheRunWithoutEvaluating()
    {
        var h = new ModelTrainingHistory(ModelTrainingHistory.Input());
        var train = h.CheckTrainer().ScheduleTrain();
        h.Builder.FailActivity(train, "trainer 'mlx_lm.lora' not found on PATH", "TrainerNotFound", nonRetryable: true).WorkflowTask();
        h.Builder.WorkflowFailed("activity failed", "TrainerNotFound");

        var probe = await ReplayObserver.ReplayAsync<RecipeModelWorkflow>(h.Builder.Build(RecipeModelHistory.WorkflowId));

        Assert.Equal([.. DataHalf, "recipe-model.check-trainer", "train"], probe.Scheduled);
        var failure = Assert.IsType<ActivityFailureException>(probe.Outcome!.Error);
        Assert.Equal("TrainerNotFound", Assert.IsType<ApplicationFailureException>(failure.InnerException).ErrorType);
    }

    [Fact]
    public async Task Replay_CancelledDuringTraining_CancelsTheTrainActivityAndEndsCancelled()
    {
        var h = new ModelTrainingHistory(ModelTrainingHistory.Input());
        var train = h.CheckTrainer().ScheduleTrain();
        h.Builder.StartActivity(train).CancelRequested().WorkflowTask().RequestCancelActivity(train).ActivityCanceled(train).WorkflowTask().WorkflowCanceled();

        var probe = await ReplayObserver.ReplayAsync<RecipeModelWorkflow>(h.Builder.Build(RecipeModelHistory.WorkflowId));

        Assert.True(TemporalException.IsCanceledException(probe.Outcome!.Error!));
    }

    [Fact]
    public async Task Replay_CancelledDuringTrainingWithoutCancellingIt_ThrowsNondeterminism()
    {
        var h = new ModelTrainingHistory(ModelTrainingHistory.Input());
        var train = h.CheckTrainer().ScheduleTrain();
        h.Builder.StartActivity(train).CancelRequested().WorkflowTask().WorkflowCanceled();

        await Assert.ThrowsAsync<WorkflowNondeterminismException>(() => ReplayObserver.ReplayAsync<RecipeModelWorkflow>(h.Builder.Build(RecipeModelHistory.WorkflowId)));
    }

    [Fact]
    public async Task Replay_EvaluationShardFailedAndRetried_CompletesAsUsual()
    {
        var h = new ModelTrainingHistory(ModelTrainingHistory.Input());
        var trained = ModelTrainingHistory.Trained();
        h.Train(trained).Evaluate(trained, "iter-0001000", retriedShard: 2).Promote("recipe-model-ds1/iter-0001000");
        h.Builder.WorkflowCompleted(null);

        var probe = await ReplayObserver.ReplayAsync<RecipeModelWorkflow>(h.Builder.Build(RecipeModelHistory.WorkflowId));

        Assert.Equal("promoted", Assert.IsType<RecipeModelOutput>(probe.Outcome!.Result).Model!.Promotion.Status);
    }

    [Fact]
    public async Task Replay_NoTrainerOnTheHost_EvaluatesTheBaseModelOnly()
    {
        var h = new ModelTrainingHistory(ModelTrainingHistory.Input());
        var trained = ModelTrainingHistory.NoTrainer();
        h.Train(trained);
        // Without a trainer only the base model is a candidate.
        h.Evaluate(trained, "base").Promote("recipe-model-ds1/base");
        h.Builder.WorkflowCompleted(null);

        var probe = await ReplayObserver.ReplayAsync<RecipeModelWorkflow>(h.Builder.Build(RecipeModelHistory.WorkflowId));

        Assert.Equal([.. DataHalf, "recipe-model.check-trainer", "train", "prepare-evaluation-set", "evaluate-checkpoint", "evaluate-checkpoint", "compare-checkpoints", "promote-model"], probe.Scheduled);
        Assert.Equal(TrainStatus.NoTrainer, Assert.IsType<RecipeModelOutput>(probe.Outcome!.Result).Model!.Train.Status);
    }

    [Fact]
    public async Task Replay_NoHostAnswersTheTrainerCheck_SaysSoAndEvaluatesTheBaseModelOnly()
    {
        var h = new ModelTrainingHistory(ModelTrainingHistory.Input());
        var check = h.ScheduleTrainerCheck();
        h.Builder.Advance(TimeSpan.FromMinutes(10)).ScheduleToStartTimedOut(check).WorkflowTask();
        // Without a trainer only the base model is a candidate.
        h.Evaluate(ModelTrainingHistory.NoTrainer(), "base").Promote("recipe-model-ds1/base");
        h.Builder.WorkflowCompleted(null);
        var progress = new List<RecipeModelProgress>();
        var probe = new HandlerProbe(_ => { }, atActivity: (type, calls) =>
        {
            if (type == "prepare-evaluation-set")
            {
                progress.Add((RecipeModelProgress)calls.Query("Progress")!);
            }
        });

        var replay = await ReplayObserver.ReplayAsync<RecipeModelWorkflow>(h.Builder.Build(RecipeModelHistory.WorkflowId), probe);

        Assert.Equal([.. DataHalf, "recipe-model.check-trainer", "prepare-evaluation-set", "evaluate-checkpoint", "evaluate-checkpoint", "compare-checkpoints", "promote-model"], replay.Scheduled);
        var model = Assert.IsType<RecipeModelOutput>(replay.Outcome!.Result).Model!;
        Assert.Equal(TrainStatus.NoTrainerHost, model.Train.Status);
        Assert.StartsWith("no trainer host polls the 'model-training' task queue: the trainer check waited 00:10:00", model.Train.Message, StringComparison.Ordinal);
        Assert.Equal(["base"], model.Comparison!.Candidates.Select(c => c.Candidate.Name));
        var trainStage = Assert.Single(progress).Stages.Single(s => s.Stage == "train");
        Assert.Equal(RecipeStageState.Skipped, trainStage.State);
        Assert.Contains("no trainer host polls", trainStage.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_QueueTimeoutOfTheRun_BoundsTheCheckNotTheTraining()
    {
        var h = new ModelTrainingHistory(ModelTrainingHistory.Input() with { Training = new TrainingOptions(true, QueueTimeout: TimeSpan.FromMinutes(3)) });
        var check = h.Builder.ScheduleActivity("recipe-model.check-trainer", new TrainerCheckInput(h.Run.RunId), options: ExpectedActivityOptions.CheckTrainer(TimeSpan.FromMinutes(3)));
        h.Builder.CompleteActivity(check, ModelTrainingHistory.TrainerHost).WorkflowTask();
        h.ScheduleTrain();

        var replay = await ReplayObserver.ReplayAsync<RecipeModelWorkflow>(h.Builder.Build(RecipeModelHistory.WorkflowId));

        Assert.Equal(TimeSpan.FromMinutes(3), replay.Options[^2].ScheduleToStartTimeout);
        Assert.Null(replay.Options[^1].ScheduleToStartTimeout);
    }

    [Fact]
    public async Task Replay_TrainRetriedLongAfterTheQueueTimeout_KeepsItsTraining()
    {
        // Release 1 gave the train activity a 10-minute schedule-to-start timeout, which applies to every retry and is
        // not retried: a retry that waited longer for the single-slot host read as "no trainer host" and threw the
        // checkpoints away. Now the host is checked once, and the training waits for a host as long as its budget.
        var h = new ModelTrainingHistory(ModelTrainingHistory.Input());
        var trained = ModelTrainingHistory.Trained(
            new TrainingAttempt(1, 0, 600, 2048, 1, "lost (heartbeat timeout) at iteration 600", null),
            new TrainingAttempt(2, 500, 500, 2048, 1, "completed", null));
        var train = h.CheckTrainer().ScheduleTrain();
        h.Builder.Advance(TimeSpan.FromMinutes(45)).StartActivityRetried(train, 2, "activity heartbeat timeout", "TimeoutError");
        h.Builder.CompleteActivity(train, trained).WorkflowTask();
        h.Evaluate(trained, "iter-0001000").Promote("recipe-model-ds1/iter-0001000");
        h.Builder.WorkflowCompleted(null);

        var replay = await ReplayObserver.ReplayAsync<RecipeModelWorkflow>(h.Builder.Build(RecipeModelHistory.WorkflowId));

        var model = Assert.IsType<RecipeModelOutput>(replay.Outcome!.Result).Model!;
        Assert.Equal(TrainStatus.Trained, model.Train.Status);
        Assert.Equal(["base", "iter-0000500", "iter-0001000"], model.Comparison!.Candidates.Select(c => c.Candidate.Name));
        Assert.Null(replay.Options[replay.Scheduled.IndexOf("train")].ScheduleToStartTimeout);
        Assert.Equal(TimeSpan.FromHours(96), replay.Options[replay.Scheduled.IndexOf("train")].ScheduleToCloseTimeout);
    }

    [Fact]
    public async Task Replay_ShardSizeZero_FailsAtTheStartBeforeAnyWork()
    {
        // Release 1 divided by the shard size after training (hours in): now the input is refused first.
        var input = ModelTrainingHistory.Input() with { Evaluation = new EvaluationOptions(true, Samples: 20, ShardSize: 0) };
        var b = new HistoryBuilder("RecipeModel", input).WorkflowTask().Patched("recipe-model.release-2");
        b.WorkflowFailed("Invalid recipe-model input: evaluation shard size must be at least 1 (got 0)", RecipeModelFailures.InvalidInput);

        var replay = await ReplayObserver.ReplayAsync<RecipeModelWorkflow>(b.Build(RecipeModelHistory.WorkflowId));

        var failure = Assert.IsType<ApplicationFailureException>(replay.Outcome!.Error);
        Assert.Equal(RecipeModelFailures.InvalidInput, failure.ErrorType);
        Assert.Contains("shard size must be at least 1", failure.Message, StringComparison.Ordinal);
        Assert.Empty(replay.Scheduled);
    }

    [Fact]
    public async Task Replay_Evaluation_VerdictsTravelAsFilesNotThroughTheWorkflow()
    {
        var h = new ModelTrainingHistory(ModelTrainingHistory.Input());
        var trained = ModelTrainingHistory.Trained();
        h.Train(trained).Evaluate(trained, "iter-0001000").Promote("recipe-model-ds1/iter-0001000");
        h.Builder.WorkflowCompleted(null);

        var replay = await ReplayObserver.ReplayAsync<RecipeModelWorkflow>(h.Builder.Build(RecipeModelHistory.WorkflowId));

        var shards = replay.Arguments.Where((_, i) => replay.Scheduled[i] == "evaluate-checkpoint").Select(a => Assert.IsType<EvaluateCheckpointInput>(a.Single())).ToArray();
        Assert.All(shards, s => Assert.Equal(h.VerdictsDir, s.VerdictsDir));
        var compare = Assert.IsType<CompareCheckpointsInput>(replay.Arguments[replay.Scheduled.IndexOf("compare-checkpoints")].Single());
        Assert.Empty(compare.Shards);
        Assert.Equal((h.VerdictsDir, 20, 10, 3), (compare.VerdictsDir, compare.Requests, compare.ShardSize, compare.Candidates!.Count));
    }

    [Fact]
    public async Task Replay_TrainTimedOutOtherwise_FailsTheRun()
    {
        // Only the queue wait means "no host": a heartbeat or start-to-close timeout of a started attempt is a failure.
        var h = new ModelTrainingHistory(ModelTrainingHistory.Input());
        var train = h.CheckTrainer().ScheduleTrain();
        h.Builder.TimeOutActivity(train, Temporalio.Api.Enums.V1.TimeoutType.Heartbeat).WorkflowTask();
        h.Builder.WorkflowFailed("activity timeout", "Timeout");

        var replay = await ReplayObserver.ReplayAsync<RecipeModelWorkflow>(h.Builder.Build(RecipeModelHistory.WorkflowId));

        Assert.IsType<ActivityFailureException>(replay.Outcome!.Error);
        Assert.Equal([.. DataHalf, "recipe-model.check-trainer", "train"], replay.Scheduled);
    }

    [Fact]
    public async Task Replay_ApprovalGrantedBySignal_PromotesWithTheApprover()
    {
        var h = Approval(new ApprovalSettings(true));
        var wait = h.Builder.StartTimer(TimeSpan.FromHours(4));
        h.Builder.Advance(TimeSpan.FromMinutes(20)).Signal("approve-promotion", new PromotionDecision(true, "ana", "looks right")).WorkflowTask().CancelTimer(wait);
        h.Promote("recipe-model-ds1/iter-0001000", approvedBy: "ana");
        h.Builder.WorkflowCompleted(null);

        var probe = await ReplayObserver.ReplayAsync<RecipeModelWorkflow>(h.Builder.Build(RecipeModelHistory.WorkflowId));

        var promotion = Assert.IsType<RecipeModelOutput>(probe.Outcome!.Result).Model!.Promotion;
        Assert.Equal("promoted", promotion.Status);
        Assert.Equal("ana", promotion.DecidedBy);
        Assert.Equal("promote-model", probe.Scheduled[^1]);
    }

    [Fact]
    public async Task Replay_ApprovalRefused_StopsWithoutPromoting()
    {
        var h = Approval(new ApprovalSettings(true));
        var wait = h.Builder.StartTimer(TimeSpan.FromHours(4));
        h.Builder.Signal("approve-promotion", new PromotionDecision(false, "ben", "served compliance sample too small")).WorkflowTask().CancelTimer(wait);
        h.Builder.WorkflowCompleted(null);

        var probe = await ReplayObserver.ReplayAsync<RecipeModelWorkflow>(h.Builder.Build(RecipeModelHistory.WorkflowId));

        var promotion = Assert.IsType<RecipeModelOutput>(probe.Outcome!.Result).Model!.Promotion;
        Assert.Equal("refused", promotion.Status);
        Assert.Equal("ben", promotion.DecidedBy);
        Assert.DoesNotContain("promote-model", probe.Scheduled);
    }

    [Fact]
    public async Task Replay_ApprovalTimedOutAfterAReminder_StopsWithoutPromoting()
    {
        var h = Approval(new ApprovalSettings(true, TimeSpan.FromHours(1), TimeSpan.FromHours(2)));
        var deadline = h.Builder.WorkflowTime.AddHours(2);
        var reminder = h.Builder.StartTimer(TimeSpan.FromHours(1));
        h.Builder.Advance(TimeSpan.FromHours(1)).FireTimer(reminder).WorkflowTask();
        var last = h.Builder.StartTimer(deadline - h.Builder.WorkflowTime);
        h.Builder.Advance(TimeSpan.FromHours(1)).FireTimer(last).WorkflowTask().WorkflowCompleted(null);

        var probe = await ReplayObserver.ReplayAsync<RecipeModelWorkflow>(h.Builder.Build(RecipeModelHistory.WorkflowId));

        Assert.Equal("timed-out", Assert.IsType<RecipeModelOutput>(probe.Outcome!.Result).Model!.Promotion.Status);
        Assert.DoesNotContain("promote-model", probe.Scheduled);
    }

    [Fact]
    public async Task Replay_ApprovalHistoryWithoutTheWait_ThrowsNondeterminism()
    {
        // A history from code that promoted straight away must not replay against code that waits for approval.
        var h = Approval(new ApprovalSettings(true));
        h.Promote("recipe-model-ds1/iter-0001000");
        h.Builder.WorkflowCompleted(null);

        await Assert.ThrowsAsync<WorkflowNondeterminismException>(() => ReplayObserver.ReplayAsync<RecipeModelWorkflow>(h.Builder.Build(RecipeModelHistory.WorkflowId)));
    }

    [Fact]
    public async Task Replay_PromoteBeforeCompare_ThrowsHistoryDrift()
    {
        var h = new ModelTrainingHistory(ModelTrainingHistory.Input());
        var trained = ModelTrainingHistory.Trained();
        h.Train(trained);
        h.One("prepare-evaluation-set", null, new PrepareEvaluationSetOutput("/e/evaluation-requests.jsonl", 0, new Dictionary<string, int>()));
        h.Promote("x");

        await Assert.ThrowsAsync<WorkflowNondeterminismException>(() => ReplayObserver.ReplayAsync<RecipeModelWorkflow>(h.Builder.Build(RecipeModelHistory.WorkflowId)));
    }

    /// <summary>A run that trained and evaluated, now at the approval wait.</summary>
    private static ModelTrainingHistory Approval(ApprovalSettings approval)
    {
        var h = new ModelTrainingHistory(ModelTrainingHistory.Input(promotion: new PromotionSettings(true, approval)));
        var trained = ModelTrainingHistory.Trained();
        return h.Train(trained).Evaluate(trained, "iter-0001000");
    }
}
