using System.Text;
using Google.Protobuf;
using PantryPilot.Contracts.Payloads;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Workflows.RecipeModel;
using PantryPilot.Workflows.Tests.Support;
using Temporalio.Api.Common.V1;
using Temporalio.Api.Enums.V1;
using Temporalio.Common;
using Temporalio.Converters;
using Temporalio.Exceptions;

namespace PantryPilot.Workflows.Tests.RecipeModel;

/// <summary>The approval gate's handlers: the <c>decide-promotion</c> update (accepted, refused, rejected by its
/// validator) and the <c>PendingApproval</c> query, before, during and after the durable wait. No Temporal server or
/// time-skipping test server exists here (WorkflowEnvironment.StartTimeSkippingAsync would download one), so these
/// replay histories built in code; validators and queries are called at each wait through <see cref="HandlerProbe"/>.
/// Expected values come from the history (event times) and from the contract's words, never from the gate itself.</summary>
public class ApprovalHandlerTests
{
    private const string Entry = "recipe-model-ds1/iter-0001000";
    private const string Update = "decide-promotion";
    private const string Query = "PendingApproval";

    [Fact]
    public async Task Update_Approved_PromotesWithTheApproverAndComment()
    {
        var h = AtApproval(new ApprovalSettings(true));
        var wait = h.Builder.StartTimer(TimeSpan.FromHours(4));
        h.Builder.Advance(TimeSpan.FromMinutes(20)).WorkflowTask();
        var accepted = h.Builder.UpdateAccepted("u-1", Update, new PromotionDecision(true, "ana", "served 100%, raw 90%"));
        h.Builder.UpdateCompleted(accepted, $"approved by ana: {Entry}").CancelTimer(wait);
        h.Promote(Entry, approvedBy: "ana");
        h.Builder.WorkflowCompleted(null);
        string? afterwards = null;
        var probe = new HandlerProbe(_ => { }, end => afterwards = end.Validate(Update, new PromotionDecision(false, "ben"))?.Message);

        var replay = await ReplayObserver.ReplayAsync<RecipeModelWorkflow>(h.Builder.Build(RecipeModelHistory.WorkflowId), probe);

        var promotion = Assert.IsType<RecipeModelOutput>(replay.Outcome!.Result).Model!.Promotion;
        Assert.Equal(("promoted", "ana", "served 100%, raw 90%"), (promotion.Status, promotion.DecidedBy, promotion.Comment));
        Assert.Equal("promote-model", replay.Scheduled[^1]);
        Assert.Equal($"no promotion is waiting for approval: {Entry} was approved by ana", afterwards);
    }

    [Fact]
    public async Task Update_Refused_EndsWithoutPromoting()
    {
        var h = AtApproval(new ApprovalSettings(true));
        var wait = h.Builder.StartTimer(TimeSpan.FromHours(4));
        h.Builder.WorkflowTask();
        var accepted = h.Builder.UpdateAccepted("u-1", Update, new PromotionDecision(false, "ben", "sample too small"));
        h.Builder.UpdateCompleted(accepted, $"refused by ben: {Entry}").CancelTimer(wait).WorkflowCompleted(null);

        var replay = await RecipeReplay.ReplayAsync(h.Builder.Build(RecipeModelHistory.WorkflowId));

        var promotion = Assert.IsType<RecipeModelOutput>(replay.Outcome!.Result).Model!.Promotion;
        Assert.Equal(("refused", "ben", Entry), (promotion.Status, promotion.DecidedBy, promotion.EntryId));
        Assert.DoesNotContain("promote-model", replay.Scheduled);
    }

    [Fact]
    public async Task Update_ApprovedButTheHistoryEndsWithoutPromoting_ThrowsNondeterminism()
    {
        // A history in which an accepted approval promoted nothing is not this code's: the approval must promote.
        var h = AtApproval(new ApprovalSettings(true));
        var wait = h.Builder.StartTimer(TimeSpan.FromHours(4));
        h.Builder.WorkflowTask();
        var accepted = h.Builder.UpdateAccepted("u-1", Update, new PromotionDecision(true, "ana"));
        h.Builder.UpdateCompleted(accepted, "approved").CancelTimer(wait).WorkflowCompleted(null);

        await Assert.ThrowsAsync<WorkflowNondeterminismException>(() => RecipeReplay.ReplayAsync(h.Builder.Build(RecipeModelHistory.WorkflowId)));
    }

    [Fact]
    public async Task Validator_NoApproverOrNoDecision_RejectsWithAClearErrorAndChangesNothing()
    {
        var (history, _) = TimedOut();
        var seen = new List<(string? NoBy, string? BlankBy, string? NoApprove, string? Good, bool Unchanged)>();
        var probe = new HandlerProbe(wait =>
        {
            var before = wait.Query(Query);
            seen.Add((
                wait.Validate(Update, Decision("""{"Approve": true}"""))?.Message,
                wait.Validate(Update, new PromotionDecision(true, "  "))?.Message,
                wait.Validate(Update, Decision("""{"By": "ana", "Decision": "yes"}"""))?.Message,
                wait.Validate(Update, new PromotionDecision(true, "ana"))?.Message,
                Equals(before, wait.Query(Query))));
        });

        var replay = await ReplayObserver.ReplayAsync<RecipeModelWorkflow>(history, probe);

        // Both waits of the history were probed; the replay then followed the history to its timeout, so no validator
        // call recorded a decision (a recorded one would have cancelled the timer and promoted: drift).
        Assert.Equal(2, seen.Count);
        Assert.All(seen, s =>
        {
            Assert.Contains("who made it", s.NoBy, StringComparison.Ordinal);
            Assert.Contains("\"by\"", s.NoBy, StringComparison.Ordinal);
            Assert.Equal(s.NoBy, s.BlankBy);
            Assert.Contains("\"approve\" to true or false", s.NoApprove, StringComparison.Ordinal);
            Assert.Null(s.Good);
            Assert.True(s.Unchanged);
        });
        Assert.Equal("timed-out", Assert.IsType<RecipeModelOutput>(replay.Outcome!.Result).Model!.Promotion.Status);
    }

    [Fact]
    public async Task Query_WhileWaiting_ShowsEntryMetricsSinceDeadlineAndReminders()
    {
        var (history, timers) = TimedOut();
        var pending = new List<PendingApproval?>();
        var probe = new HandlerProbe(wait => pending.Add((PendingApproval?)wait.Query(Query)));

        await ReplayObserver.ReplayAsync<RecipeModelWorkflow>(history, probe);

        // The wait began in the workflow task that started the first timer: its start time is workflow time there.
        var since = WorkflowTaskTimeOf(history, timers[0]);
        Assert.Equal(2, pending.Count);
        var first = Assert.IsType<PendingApproval>(pending[0]);
        Assert.Equal(Entry, first.EntryId);
        Assert.Equal("iter-0001000", first.Candidate);
        Assert.Equal(0.9, first.RawCompliance);
        Assert.Equal(1.0, first.ServedCompliance);
        Assert.Equal("/e/checkpoint_comparison.html", first.ReportPath);
        Assert.Equal(since, first.WaitingSince);
        Assert.Equal(since.AddHours(2), first.Deadline);
        Assert.Equal(0, first.RemindersSent);
        Assert.Equal(first with { RemindersSent = 1 }, pending[1]);
    }

    [Fact]
    public async Task Query_BeforeAndAfterTheTimeout_ShowsNothingPendingAndDecisionsAreRejected()
    {
        var h = new ModelTrainingHistory(ModelTrainingHistory.Input(promotion: new PromotionSettings(true, new ApprovalSettings(true, TimeSpan.FromHours(1), TimeSpan.FromHours(2)))));
        var trained = ModelTrainingHistory.Trained();
        h.Train(trained).Evaluate(trained, "iter-0001000");
        var history = Finish(h);
        object? duringTraining = "not probed";
        (object? Pending, string? Late) end = ("not probed", null);
        var atEnd = new HandlerProbe(_ => { }, e => end = (e.Query(Query), e.Validate(Update, new PromotionDecision(true, "ana"))?.Message));
        var early = new ModelTrainingHistory(ModelTrainingHistory.Input(promotion: new PromotionSettings(true, new ApprovalSettings(true))));
        early.CheckTrainer().ScheduleTrain();
        var whileTraining = new HandlerProbe(_ => { }, atActivity: (type, e) => duringTraining = type == "train" ? e.Query(Query) : duringTraining);

        await ReplayObserver.ReplayAsync<RecipeModelWorkflow>(history, atEnd);
        await ReplayObserver.ReplayAsync<RecipeModelWorkflow>(early.Builder.Build(RecipeModelHistory.WorkflowId), whileTraining);

        Assert.Null(duringTraining);
        Assert.Null(end.Pending);
        Assert.StartsWith($"no promotion is waiting for approval: the wait for approval of {Entry} timed out at 2026-03-01 ", end.Late, StringComparison.Ordinal);
        Assert.EndsWith("it was not promoted", end.Late, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signal_WithoutApprover_IsIgnoredAndTheWaitGoesOnToItsTimeout()
    {
        var h = AtApproval(new ApprovalSettings(true, TimeSpan.FromHours(1), TimeSpan.FromHours(2)));
        var deadline = h.Builder.WorkflowTime.AddHours(2);
        var reminder = h.Builder.StartTimer(TimeSpan.FromHours(1));
        // No commands in the task the signal wakes: the decision does not count, the timer keeps running.
        h.Builder.Signal("approve-promotion", new PromotionDecision(true, string.Empty)).WorkflowTask();
        h.Builder.Signal("approve-promotion", Decision("""{"By": "ana"}""")).WorkflowTask();
        h.Builder.Advance(TimeSpan.FromHours(1)).FireTimer(reminder).WorkflowTask();
        var last = h.Builder.StartTimer(deadline - h.Builder.WorkflowTime);
        h.Builder.Advance(TimeSpan.FromHours(1)).FireTimer(last).WorkflowTask().WorkflowCompleted(null);

        var replay = await RecipeReplay.ReplayAsync(h.Builder.Build(RecipeModelHistory.WorkflowId));

        Assert.Equal("timed-out", Assert.IsType<RecipeModelOutput>(replay.Outcome!.Result).Model!.Promotion.Status);
    }

    /// <summary>A run that trained and evaluated (best iter-0001000: raw 90%, served 100%), now at the approval wait.</summary>
    private static ModelTrainingHistory AtApproval(ApprovalSettings approval)
    {
        var h = new ModelTrainingHistory(ModelTrainingHistory.Input(promotion: new PromotionSettings(true, approval)));
        var trained = ModelTrainingHistory.Trained();
        return h.Train(trained).Evaluate(trained, "iter-0001000");
    }

    /// <summary>Reminder every hour, timeout after two: one reminder, then the timeout.</summary>
    private static (WorkflowHistory History, long[] Timers) TimedOut()
    {
        var h = AtApproval(new ApprovalSettings(true, TimeSpan.FromHours(1), TimeSpan.FromHours(2)));
        var timers = new List<long>();
        var history = Finish(h, timers);
        return (history, timers.ToArray());
    }

    private static WorkflowHistory Finish(ModelTrainingHistory h, List<long>? timers = null)
    {
        var deadline = h.Builder.WorkflowTime.AddHours(2);
        var reminder = h.Builder.StartTimer(TimeSpan.FromHours(1));
        h.Builder.Advance(TimeSpan.FromHours(1)).FireTimer(reminder).WorkflowTask();
        var last = h.Builder.StartTimer(deadline - h.Builder.WorkflowTime);
        h.Builder.Advance(TimeSpan.FromHours(1)).FireTimer(last).WorkflowTask().WorkflowCompleted(null);
        timers?.AddRange([reminder, last]);
        return h.Builder.Build(RecipeModelHistory.WorkflowId);
    }

    /// <summary>A decision as a client's JSON would arrive, converted by the SDK's default converter.</summary>
    private static PromotionDecision Decision(string json) =>
        PayloadJson.DataConverter.PayloadConverter.ToValue<PromotionDecision>(new Payload
        {
            Metadata = { ["encoding"] = ByteString.CopyFromUtf8("json/plain") },
            Data = ByteString.CopyFrom(Encoding.UTF8.GetBytes(json)),
        });

    private static DateTime WorkflowTaskTimeOf(WorkflowHistory history, long timerStarted)
    {
        var completed = history.Events.Single(e => e.EventId == timerStarted).TimerStartedEventAttributes.WorkflowTaskCompletedEventId;
        var started = history.Events.Single(e => e.EventId == completed).WorkflowTaskCompletedEventAttributes.StartedEventId;
        var e = history.Events.Single(e => e.EventId == started);
        Assert.Equal(EventType.WorkflowTaskStarted, e.EventType);
        return e.EventTime.ToDateTime();
    }
}
