namespace PantryPilot.Domain.Notifications;

/// <summary>What a sender may do with an event on a channel, given the ledger's record (<see
/// cref="DeliveryRules.Decide"/>).</summary>
public enum ClaimAction
{
    /// <summary>Nobody sent it, or an earlier call gave up: claim it and send.</summary>
    Send,

    /// <summary>An earlier sender claimed it and its lease ran out before it recorded an outcome: it died between the
    /// claim and the record, maybe after the receiver got the message. Claim it and send again with the same
    /// Idempotency-Key, so a receiver that keeps keys drops the second copy.</summary>
    Resend,

    /// <summary>Delivered before: send nothing.</summary>
    AlreadySent,

    /// <summary>Refused for good before: send nothing, report the refusal again.</summary>
    AlreadyRejected,

    /// <summary>Another sender holds a live lease: send nothing now, ask again later.</summary>
    Busy,
}
