using PantryPilot.Activities.Notifications;
using PantryPilot.Domain.Notifications;

namespace PantryPilot.Activities.Tests.Notifications;

/// <summary>TEST DOUBLE around a real ledger that simulates the process dying at one step: after the claim is written
/// (before the send) or before the outcome is recorded (after the send). It throws once, then behaves.</summary>
public sealed class CrashingLedger(IDeliveryLedger inner, CrashingLedger.Step crashAt) : IDeliveryLedger
{
    private int crashes;

    public enum Step
    {
        AfterClaim,
        BeforeRecord,
    }

    public Task<(ClaimAction Action, DeliveryRecord? Record)> ClaimAsync(
        string eventId,
        string channel,
        DateTimeOffset now,
        TimeSpan lease,
        CancellationToken cancellationToken
    ) => ClaimThenMaybeCrashAsync(eventId, channel, now, lease, cancellationToken);

    public Task RecordAsync(
        string eventId,
        string channel,
        DeliveryState state,
        string detail,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        if (crashAt == Step.BeforeRecord && Interlocked.Increment(ref crashes) == 1)
        {
            throw new SimulatedCrashException("the process died between the send and the record");
        }

        return inner.RecordAsync(eventId, channel, state, detail, now, cancellationToken);
    }

    public Task<DeliveryRecord?> ReadAsync(string eventId, string channel, CancellationToken cancellationToken) =>
        inner.ReadAsync(eventId, channel, cancellationToken);

    private async Task<(ClaimAction Action, DeliveryRecord? Record)> ClaimThenMaybeCrashAsync(
        string eventId,
        string channel,
        DateTimeOffset now,
        TimeSpan lease,
        CancellationToken cancellationToken
    )
    {
        var result = await inner.ClaimAsync(eventId, channel, now, lease, cancellationToken);
        if (
            crashAt == Step.AfterClaim
            && result.Action is ClaimAction.Send or ClaimAction.Resend
            && Interlocked.Increment(ref crashes) == 1
        )
        {
            throw new SimulatedCrashException("the process died between the claim and the send");
        }

        return result;
    }
}

public sealed class SimulatedCrashException(string message) : Exception(message);
