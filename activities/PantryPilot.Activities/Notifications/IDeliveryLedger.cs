using PantryPilot.Domain.Notifications;

namespace PantryPilot.Activities.Notifications;

/// <summary>The durable record of which event reached which channel (DeliveryRules is its state machine). The claim is
/// written before a send and the outcome after it, each atomically, so any process may die between any two
/// steps.</summary>
public interface IDeliveryLedger
{
    /// <summary>Reads the record and, when <see cref="DeliveryRules.Decide"/> says Send or Resend, writes the claim, as
    /// one atomic step: of two senders at once exactly one gets Send/Resend.</summary>
    Task<(ClaimAction Action, DeliveryRecord? Record)> ClaimAsync(
        string eventId,
        string channel,
        DateTimeOffset now,
        TimeSpan lease,
        CancellationToken cancellationToken
    );

    /// <summary>Writes the outcome of a claimed send (Sent, Rejected or Failed).</summary>
    Task RecordAsync(
        string eventId,
        string channel,
        DeliveryState state,
        string detail,
        DateTimeOffset now,
        CancellationToken cancellationToken
    );

    /// <summary>The record, or null when the event never reached this channel's ledger.</summary>
    Task<DeliveryRecord?> ReadAsync(string eventId, string channel, CancellationToken cancellationToken);
}
