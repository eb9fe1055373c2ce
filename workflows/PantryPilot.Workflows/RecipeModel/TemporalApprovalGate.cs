using System.Globalization;
using Microsoft.Extensions.Logging;
using PantryPilot.Contracts.Notifications;
using PantryPilot.Contracts.RecipeModel;
using Temporalio.Exceptions;
using Temporalio.Workflows;
using PantryPilot.Workflows.Notifications;

namespace PantryPilot.Workflows.RecipeModel;

/// <summary>The durable approval wait inside the workflow: a timer per reminder period until a decision arrives (signal
/// <see cref="PromotionNames.ApproveSignal"/> or update <see cref="PromotionNames.ApproveUpdate"/>) or the approval
/// timeout passes. Survives worker restarts: the wait is history, not a thread. Only usable in workflow code.</summary>
public sealed class TemporalApprovalGate : IApprovalGate
{
    private PromotionDecision? decision;

    /// <summary>True while the wait takes only decisions whose signed token verify-approval found valid.</summary>
    public bool RequiresToken { get; private set; }

    /// <summary>How the last wait ended (decided by whom, or timed out); null while none has ended.</summary>
    private string? closed;

    /// <summary>What the run waits for; null when it is not waiting.</summary>
    public PendingApproval? Pending { get; private set; }

    /// <summary>Why <paramref name="value"/> cannot count now, in words for the person who sent it; null when it can.
    /// One rule for the update's validator (which rejects with this text) and the signal (which logs it).</summary>
    public string? Problem(PromotionDecision value)
    {
        if (Pending is null)
        {
            return closed is null
                ? "no promotion is waiting for approval"
                : $"no promotion is waiting for approval: {closed}";
        }

        if (decision is not null)
        {
            return $"the promotion of {Pending.EntryId} was already {Verb(decision)} by {decision.By}";
        }

        if (string.IsNullOrWhiteSpace(value.By))
        {
            return "a decision must say who made it: set \"by\" to the approver's name";
        }

        if (RequiresToken && string.IsNullOrWhiteSpace(value.Token))
        {
            return $"the promotion of {Pending.EntryId} needs a signed approval token: use the approval link of the "
                + "notice (or `pantrypilot model approve-link`) and send it as \"token\" with the update";
        }

        return value.Approve is null
            ? "a decision must say whether to promote: set \"approve\" to true or false"
            : null;
    }

    /// <summary>Records a decision when <see cref="Problem"/> finds none; the first one counts.</summary>
    public bool Decide(PromotionDecision value)
    {
        if (Problem(value) is not null)
        {
            return false;
        }

        decision = value;
        return true;
    }

    public async Task<PromotionDecision?> WaitAsync(PendingApproval pending, ApprovalSettings settings)
    {
        var since = Workflow.UtcNow;
        var deadline = since + settings.Wait;
        Pending = pending with { WaitingSince = since, Deadline = deadline };
        RequiresToken = settings.RequireToken == true;
        if (RequiresToken)
        {
            // Only runs that ask for tokens (the retraining coordinator's) send the notice whose links carry them;
            // the commands of every other run are unchanged. Not awaited: a notifier that is down holds nothing up.
            var notice = new ApprovalRequestedEvent(
                NotificationEvent.Key(NotificationKinds.ApprovalRequested, Workflow.Info.WorkflowId, pending.EntryId),
                since,
                Workflow.Info.WorkflowId,
                pending.EntryId,
                pending.Candidate,
                pending.RawCompliance,
                pending.ServedCompliance,
                null,
                pending.ReportPath,
                deadline);
            _ = SendNoticeAsync(notice);
        }

        Workflow.Logger.LogWarning(
            "Waiting for approval to promote {Entry} until {Deadline:u}: "
            + "signal '{Signal}' or update '{Update}' with {{approve, by}}",
            pending.EntryId,
            deadline,
            PromotionNames.ApproveSignal,
            PromotionNames.ApproveUpdate);
        while (Workflow.UtcNow < deadline)
        {
            var left = deadline - Workflow.UtcNow;
            if (await Workflow.WaitConditionAsync(
                () => decision is not null,
                left < settings.Reminder ? left : settings.Reminder))
            {
                closed = $"{pending.EntryId} was {Verb(decision!)} by {decision!.By}";
                Pending = null;
                return decision;
            }

            if (Workflow.UtcNow < deadline)
            {
                Pending = Pending with { RemindersSent = Pending.RemindersSent + 1 };
                Workflow.Logger.LogWarning(
                    "Reminder {Count}: promotion of {Entry} still waits for approval (until {Deadline:u})",
                    Pending.RemindersSent,
                    pending.EntryId,
                    deadline);
            }
        }

        closed = $"the wait for approval of {pending.EntryId} timed out at "
            + $"{deadline.ToString("u", CultureInfo.InvariantCulture)}; it was not promoted";
        Pending = null;
        return null;
    }

    private static async Task SendNoticeAsync(ApprovalRequestedEvent notice)
    {
        try
        {
            await Workflow.ExecuteActivityAsync(
                (INotificationActivities n) => n.SendAsync(new(notice)), NotificationActivityOptions.Send);
        }
        catch (ActivityFailureException e)
        {
            Workflow.Logger.LogWarning(
                "approval notice {EventId} not delivered: {Reason}",
                notice.EventId,
                e.InnerException?.Message ?? e.Message);
        }
    }

    private static string Verb(PromotionDecision value) => value.Approve == true ? "approved" : "refused";
}
