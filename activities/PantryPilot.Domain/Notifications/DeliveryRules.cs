namespace PantryPilot.Domain.Notifications;

/// <summary>The delivery ledger's state machine, one place for both stores (PostgreSQL and files):
/// <code>
///   (none) --claim--> Sending --accepted--> Sent          (final)
///                      |  \---refused----> Rejected      (final)
///                      |   \--gave up----> Failed --claim--> Sending
///                      \--lease expired (sender died)--claim--> Sending (Resend: same Idempotency-Key)
/// </code>
/// The claim is written before the send and the outcome after it. A sender killed between the two leaves Sending
/// behind; once its lease runs out the next attempt sends again with the same key. So a receiver that drops repeated
/// Idempotency-Keys sees exactly one message; one that does not (Slack's incoming webhooks) can see a second copy only
/// when a process died in the milliseconds between the receiver's answer and the ledger write.</summary>
public static class DeliveryRules
{
    public static ClaimAction Decide(DeliveryRecord? existing, DateTimeOffset now) =>
        existing switch
        {
            null => ClaimAction.Send,
            { State: DeliveryState.Sent } => ClaimAction.AlreadySent,
            { State: DeliveryState.Rejected } => ClaimAction.AlreadyRejected,
            { State: DeliveryState.Failed } => ClaimAction.Send,
            { State: DeliveryState.Sending } when existing.LeaseUntil > now => ClaimAction.Busy,
            _ => ClaimAction.Resend,
        };

    /// <summary>The record a successful claim writes.</summary>
    public static DeliveryRecord Claim(
        DeliveryRecord? existing,
        string eventId,
        string channel,
        DateTimeOffset now,
        TimeSpan lease
    ) =>
        new(eventId, channel, DeliveryState.Sending, (existing?.Attempts ?? 0) + 1, now + lease, now, existing?.Detail);
}
