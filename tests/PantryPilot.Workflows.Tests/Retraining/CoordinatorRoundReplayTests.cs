using PantryPilot.Contracts.Notifications;
using PantryPilot.Contracts.Retraining;
using PantryPilot.Contracts.Serving;

namespace PantryPilot.Workflows.Tests.Retraining;

/// <summary>How a round ends once its recipe-model child has run, replayed through the real SDK: the activities the
/// coordinator schedules (the SDK checks them against each history; the list here is written by hand from
/// docs/feedback-loop.md) and the round it records (carried into its next run).</summary>
public class CoordinatorRoundReplayTests
{
    private const string Check = RetrainingNames.CheckActivity;
    private const string Build = RetrainingNames.BuildDatasetActivity;
    private const string Send = NotificationNames.SendActivity;
    private const string Served = ServingNames.ServedModelActivity;
    private const string Entry = CoordinatorPaths.Entry;

    [Fact]
    public async Task ThresholdReached_PromotedAndServed_PromotionDoneNotice_RoundPromoted()
    {
        var observer = await CoordinatorReplay.ReplayAsync(CoordinatorPaths.PromotedAndServed());

        Assert.Equal([Check, Build, Send, Served], observer.Scheduled);
        var done = Assert.IsType<PromotionDoneEvent>(Assert.IsType<SendNotificationInput>(observer.Arguments[2]).Event);
        Assert.Equal(("promotion-done:recipe-model-feedback-0001/iter-0000200", Entry, CoordinatorPaths.Previous, "ana"), (done.EventId, done.EntryId, done.Previous, done.ApprovedBy));
        Assert.Equal(Entry, Assert.IsType<ServedModelInput>(observer.Arguments[3]).Expected);
        var round = Round(observer);
        Assert.Equal((RoundOutcome.Promoted, Entry, "ana"), (round.Outcome, round.EntryId, round.DecidedBy));
        Assert.Equal($"{Entry} promoted (approved by ana) and served by gpu-1 as 'promoted:{Entry}'", round.Detail);
    }

    [Fact]
    public async Task ApprovalRefused_NothingPromotedNoNotice_RoundRefusedByBob()
    {
        var observer = await CoordinatorReplay.ReplayAsync(CoordinatorPaths.Refused());

        Assert.Equal([Check, Build], observer.Scheduled);
        var round = Round(observer);
        Assert.Equal((RoundOutcome.Refused, Entry, "bob"), (round.Outcome, round.EntryId, round.DecidedBy));
        Assert.Equal($"{Entry} refused by bob (dislikes went up)", round.Detail);
    }

    [Fact]
    public async Task ApprovalBySomeoneNotOnTheList_TheWaitTimesOut_RoundTimedOutWithNoDecider()
    {
        var observer = await CoordinatorReplay.ReplayAsync(CoordinatorPaths.NotAnApproverThenTimedOut());

        Assert.Equal([Check, Build], observer.Scheduled);
        var round = Round(observer);
        Assert.Equal((RoundOutcome.TimedOut, Entry, null), (round.Outcome, round.EntryId, round.DecidedBy));
        Assert.Equal($"no verified decision on {Entry} before the approval timeout: not promoted", round.Detail);
    }

    [Fact]
    public async Task NoTrainerHost_TrainingFailedNoticeAtStageTrain_RoundNoTrainerHost()
    {
        var observer = await CoordinatorReplay.ReplayAsync(CoordinatorPaths.NoTrainerHost());

        Assert.Equal([Check, Build, Send], observer.Scheduled);
        var failed = Assert.IsType<TrainingFailedEvent>(Assert.IsType<SendNotificationInput>(observer.Arguments[2]).Event);
        Assert.Equal(("training-failed:recipe-model-feedback-0001:train", "train"), (failed.EventId, failed.Stage));
        Assert.StartsWith("NoTrainerHost: no trainer host polls the 'model-training' task queue", failed.Error, StringComparison.Ordinal);
        var round = Round(observer);
        Assert.Equal((RoundOutcome.NoTrainerHost, null), (round.Outcome, round.EntryId));
    }

    [Fact]
    public async Task PromotedButNotServable_RolledBackToThePrevious_BothNotices()
    {
        var observer = await CoordinatorReplay.ReplayAsync(CoordinatorPaths.RolledBack());

        Assert.Equal([Check, Build, Send, Served, RetrainingNames.RollbackActivity, Send], observer.Scheduled);
        var rollback = Assert.IsType<RollbackModelInput>(observer.Arguments[4]);
        Assert.Equal(("data/recipe-model", Entry), (rollback.ArtifactRoot, rollback.From));
        Assert.Equal($"promoted model '{Entry}' cannot be served: {CoordinatorPaths.AdapterProblem}", rollback.Reason);
        var rolled = Assert.IsType<PromotionRolledBackEvent>(Assert.IsType<SendNotificationInput>(observer.Arguments[5]).Event);
        Assert.Equal(($"promotion-rolled-back:{Entry}", Entry, CoordinatorPaths.Previous, "retraining-coordinator"), (rolled.EventId, rolled.From, rolled.To, rolled.By));
        var round = Round(observer);
        Assert.Equal((RoundOutcome.RolledBack, Entry, "ana"), (round.Outcome, round.EntryId, round.DecidedBy));
        Assert.StartsWith($"{Entry} promoted, then rolled back to {CoordinatorPaths.Previous}: ", round.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("refused", RoundOutcome.Refused, "Refused: recipe-model-feedback-0001/iter-0000200 refused by bob (dislikes went up)")]
    [InlineData("timed-out", RoundOutcome.TimedOut, "TimedOut: no verified decision on recipe-model-feedback-0001/iter-0000200 before the approval timeout: not promoted")]
    public async Task Release2_RefusedOrTimedOut_TrainingFailedNoticeAtStageApproval(string path, RoundOutcome outcome, string error)
    {
        var history = path == "refused" ? CoordinatorPaths.RefusedRelease2() : CoordinatorPaths.TimedOutRelease2();

        var observer = await CoordinatorReplay.ReplayAsync(history);

        Assert.Equal([Check, Build, Send], observer.Scheduled);
        var failed = Assert.IsType<TrainingFailedEvent>(Assert.IsType<SendNotificationInput>(observer.Arguments[2]).Event);
        Assert.Equal(("training-failed:recipe-model-feedback-0001:approval", "approval", error), (failed.EventId, failed.Stage, failed.Error));
        Assert.Equal(outcome, Round(observer).Outcome);
    }

    private static RoundRecord Round(Households.HouseholdObserver observer) =>
        Assert.Single(Assert.IsType<CoordinatorInput>(observer.ContinuedAsNewWith).Carry!.Recent);
}
