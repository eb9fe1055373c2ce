using System.Globalization;
using PantryPilot.Contracts.Approval;
using PantryPilot.Contracts.Notifications;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Workflows.RecipeModel;

namespace PantryPilot.Cli.Retraining;

/// <summary>An in-process round's approval with signed tokens, as the coordinator's runs wait on Temporal: it sends the
/// approval-requested notice (the notifier mints one signed link per approver into it), then takes tokens or links
/// from <paramref name="nextToken"/> and counts the first one that verify-approval (<paramref name="verifier"/>, the
/// same check the update handler runs) finds valid for this run and candidate. The decision and approver are the
/// token's. A forged, expired, foreign or unlisted token is reported and the wait goes on; the deadline (on
/// <paramref name="clock"/>) or a closed source ends it without a decision.</summary>
public sealed class TokenApprovalGate(
    string workflowId,
    IApprovalActivities verifier,
    Action<NotificationEvent> notify,
    Func<CancellationToken, Task<string?>> nextToken,
    Action<string> log,
    TimeProvider? clock = null) : IApprovalGate
{
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    /// <summary>Each token tried and what verification said, in order (for the person and for tests).</summary>
    public List<VerifyApprovalOutput> Verdicts { get; } = [];

    public async Task<PromotionDecision?> WaitAsync(PendingApproval pending, ApprovalSettings settings)
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(settings);
        var since = time.GetUtcNow();
        var deadline = since + settings.Wait;
        notify(new ApprovalRequestedEvent(
            NotificationEvent.Key(NotificationKinds.ApprovalRequested, workflowId, pending.EntryId),
            since,
            workflowId,
            pending.EntryId,
            pending.Candidate,
            pending.RawCompliance,
            pending.ServedCompliance,
            null,
            pending.ReportPath,
            deadline));
        log($"waiting for a signed approval of {pending.EntryId} until {Text(deadline)}: "
            + "open the notice's link, or paste it (or its token) here");
        using var stop = new CancellationTokenSource();
        while (true)
        {
            var left = deadline - time.GetUtcNow();
            if (left <= TimeSpan.Zero)
            {
                log($"no verified decision by {Text(deadline)}: {pending.EntryId} is not promoted");
                return null;
            }

            var read = nextToken(stop.Token);
            if (await Task.WhenAny(read, Task.Delay(left, time)) != read)
            {
                await stop.CancelAsync();
                log($"no verified decision by {Text(deadline)}: {pending.EntryId} is not promoted");
                return null;
            }

            if (await read is not { Length: > 0 } token)
            {
                log($"the approval input closed without a verified decision: {pending.EntryId} is not promoted");
                return null;
            }

            var verdict = await verifier.VerifyAsync(
                new VerifyApprovalInput(token.Trim(), workflowId, pending.EntryId));
            Verdicts.Add(verdict);
            if (verdict.IsValid)
            {
                return new PromotionDecision(
                    verdict.Approve, verdict.Approver!, $"signed approval token: {verdict.Message}");
            }

            log($"approval token not counted ({verdict.Outcome}): {verdict.Message}");
        }
    }

    private static string Text(DateTimeOffset moment) => moment.ToString("u", CultureInfo.InvariantCulture);
}
