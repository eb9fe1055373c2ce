using PantryPilot.Contracts.Approval;
using PantryPilot.Contracts.Notifications;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Workflows.RecipeModel;
using PantryPilot.Workflows.Tests.Households;
using PantryPilot.Workflows.Tests.Support;
using Temporalio.Common;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Tests.RecipeModel;

/// <summary>A run whose approval requires a signed token (the retraining coordinator's rounds): at the wait it sends the
/// approval-requested notice (whose links carry the tokens), and the decide-promotion update counts only after
/// verify-approval found its token valid; the decision and approver recorded are the token's. Runs without
/// RequireToken keep their commands (ApprovalHandlerTests and the frozen histories replay unchanged). The expected
/// activity options are written by hand from docs/feedback-loop.md.</summary>
public class TokenApprovalReplayTests
{
    private const string Entry = "recipe-model-ds1/iter-0001000";
    private const string Update = "decide-promotion";
    private const string Token = "v1.eyJ3b3JrZmxvdyI6InJlY2lwZS1tb2RlbC1kczEifQ.c2ln";

    private static readonly ActivityOptions VerifyOptions = new()
    {
        TaskQueue = "approvals",
        StartToCloseTimeout = TimeSpan.FromSeconds(30),
        ScheduleToCloseTimeout = TimeSpan.FromMinutes(2),
        RetryPolicy = new RetryPolicy { InitialInterval = TimeSpan.FromSeconds(1), MaximumAttempts = 5 },
    };

    private static readonly ActivityOptions NoticeOptions = new()
    {
        TaskQueue = "notifications",
        StartToCloseTimeout = TimeSpan.FromMinutes(5),
        ScheduleToCloseTimeout = TimeSpan.FromHours(1),
        RetryPolicy = new RetryPolicy
        {
            InitialInterval = TimeSpan.FromSeconds(5),
            MaximumInterval = TimeSpan.FromMinutes(5),
            BackoffCoefficient = 2,
            NonRetryableErrorTypes = ["NotificationInvalidInput"],
        },
    };

    [Fact]
    public async Task ValidToken_PromotesInTheTokensApproversName_NotThePayloads()
    {
        var (h, wait, _) = AtTokenApproval(new ApprovalSettings(true, RequireToken: true), TimeSpan.FromDays(3));
        h.Builder.Advance(TimeSpan.FromMinutes(20)).WorkflowTask();
        var accepted = h.Builder.UpdateAccepted("u-1", Update, new PromotionDecision(true, "mallory", "looks fine", Token));
        var verify = h.Builder.ScheduleActivity(ApprovalNames.VerifyActivity, new VerifyApprovalInput(Token, RecipeModelHistory.WorkflowId, Entry), options: VerifyOptions);
        h.Builder.CompleteActivity(verify, new VerifyApprovalOutput(ApprovalOutcome.Valid, true, "ana", null, "valid")).WorkflowTask();
        h.Builder.UpdateCompleted(accepted, $"approved by ana: {Entry}").CancelTimer(wait);
        h.Promote(Entry, approvedBy: "ana");
        h.Builder.WorkflowCompleted(null);
        string? tokenless = null;
        var probe = new HandlerProbe(at => tokenless ??= at.Validate(Update, new PromotionDecision(true, "ana"))?.Message);

        var replay = await ReplayObserver.ReplayAsync<RecipeModelWorkflow>(h.Builder.Build(RecipeModelHistory.WorkflowId), probe);

        var promotion = Assert.IsType<RecipeModelOutput>(replay.Outcome!.Result).Model!.Promotion;
        Assert.Equal(("promoted", "ana"), (promotion.Status, promotion.DecidedBy));
        Assert.Equal(["send-notification", "verify-approval", "promote-model"], replay.Scheduled.TakeLast(3));
        Assert.Equal(
            $"the promotion of {Entry} needs a signed approval token: use the approval link of the notice (or `pantrypilot model approve-link`) and send it as \"token\" with the update",
            tokenless);
    }

    [Fact]
    public async Task ForgedToken_DecisionRejected_TheWaitGoesOnToItsTimeout()
    {
        var (h, reminder, since) = AtTokenApproval(new ApprovalSettings(true, TimeSpan.FromHours(1), TimeSpan.FromHours(2), RequireToken: true), TimeSpan.FromHours(2));
        var deadline = since.AddHours(2);
        h.Builder.Advance(TimeSpan.FromMinutes(10)).WorkflowTask();
        var accepted = h.Builder.UpdateAccepted("u-1", Update, new PromotionDecision(true, "mallory", null, Token));
        var verify = h.Builder.ScheduleActivity(ApprovalNames.VerifyActivity, new VerifyApprovalInput(Token, RecipeModelHistory.WorkflowId, Entry), options: VerifyOptions);
        h.Builder.CompleteActivity(verify, new VerifyApprovalOutput(ApprovalOutcome.Forged, null, null, null, "the signature does not match")).WorkflowTask();
        h.Builder.UpdateCompleted(accepted, null);
        h.Builder.Advance(TimeSpan.FromMinutes(50)).FireTimer(reminder).WorkflowTask();
        var last = h.Builder.StartTimer(deadline - h.Builder.WorkflowTime);
        h.Builder.Advance(TimeSpan.FromHours(1)).FireTimer(last).WorkflowTask().WorkflowCompleted(null);
        var history = HouseholdHistory.Failing(
            h.Builder.Build(RecipeModelHistory.WorkflowId), accepted, PromotionNames.DecisionRejected, "approval token Forged: the signature does not match");

        var replay = await RecipeReplay.ReplayAsync(history);

        var promotion = Assert.IsType<RecipeModelOutput>(replay.Outcome!.Result).Model!.Promotion;
        Assert.Equal(("timed-out", null), (promotion.Status, promotion.DecidedBy));
        Assert.DoesNotContain("promote-model", replay.Scheduled);
    }

    /// <summary>A token signed with the right key whose approver is not on Approval:Approvers (mallory), or one past
    /// its expiry: verify-approval says so, the update is rejected with that outcome, and nobody else deciding, the
    /// wait times out: nothing promoted, no decider recorded.</summary>
    [Theory]
    [InlineData(ApprovalOutcome.NotAnApprover, "mallory is not on the approver list")]
    [InlineData(ApprovalOutcome.Expired, "the link expired at 2026-12-10 12:00:00Z")]
    public async Task ValidlySignedButNotCounting_DecisionRejected_TheWaitTimesOut(ApprovalOutcome outcome, string why)
    {
        var (h, reminder, since) = AtTokenApproval(new ApprovalSettings(true, TimeSpan.FromHours(1), TimeSpan.FromHours(2), RequireToken: true), TimeSpan.FromHours(2));
        var deadline = since.AddHours(2);
        h.Builder.Advance(TimeSpan.FromMinutes(10)).WorkflowTask();
        var accepted = h.Builder.UpdateAccepted("u-1", Update, new PromotionDecision(true, "mallory", null, Token));
        var verify = h.Builder.ScheduleActivity(ApprovalNames.VerifyActivity, new VerifyApprovalInput(Token, RecipeModelHistory.WorkflowId, Entry), options: VerifyOptions);
        h.Builder.CompleteActivity(verify, new VerifyApprovalOutput(outcome, null, "mallory", null, why)).WorkflowTask();
        h.Builder.UpdateCompleted(accepted, null);
        h.Builder.Advance(TimeSpan.FromMinutes(50)).FireTimer(reminder).WorkflowTask();
        var last = h.Builder.StartTimer(deadline - h.Builder.WorkflowTime);
        h.Builder.Advance(TimeSpan.FromHours(1)).FireTimer(last).WorkflowTask().WorkflowCompleted(null);
        var history = HouseholdHistory.Failing(
            h.Builder.Build(RecipeModelHistory.WorkflowId), accepted, PromotionNames.DecisionRejected, $"approval token {outcome}: {why}");

        var replay = await RecipeReplay.ReplayAsync(history);

        var promotion = Assert.IsType<RecipeModelOutput>(replay.Outcome!.Result).Model!.Promotion;
        Assert.Equal(("timed-out", null), (promotion.Status, promotion.DecidedBy));
        Assert.DoesNotContain("promote-model", replay.Scheduled);
    }

    /// <summary>The run of <see cref="ApprovalHandlerTests"/> (best iter-0001000: raw 90%, served 100%) at a token
    /// approval: the notice, scheduled before the first reminder timer, and its delivery. Returns the timer and the
    /// wait's start.</summary>
    private static (ModelTrainingHistory History, long Timer, DateTime Since) AtTokenApproval(ApprovalSettings approval, TimeSpan wait)
    {
        var h = new ModelTrainingHistory(ModelTrainingHistory.Input(promotion: new PromotionSettings(true, approval)));
        var trained = ModelTrainingHistory.Trained();
        h.Train(trained).Evaluate(trained, "iter-0001000");
        var since = h.Builder.WorkflowTime;
        var notice = new ApprovalRequestedEvent(
            $"approval-requested:{RecipeModelHistory.WorkflowId}:{Entry}", since, RecipeModelHistory.WorkflowId, Entry, "iter-0001000",
            0.9, 1.0, null, "/e/checkpoint_comparison.html", since + wait);
        var sent = h.Builder.ScheduleActivity(NotificationNames.SendActivity, new SendNotificationInput(notice), options: NoticeOptions);
        var timer = h.Builder.StartTimer(approval.Reminder < wait ? approval.Reminder : wait);
        h.Builder.CompleteActivity(sent, new SendNotificationOutput(notice.EventId, NotificationKinds.ApprovalRequested, [])).WorkflowTask();
        return (h, timer, since);
    }
}
