namespace PantryPilot.Domain.Notifications;

/// <summary>The ledger's state of one event on one channel.</summary>
public enum DeliveryState
{
    /// <summary>Claimed: a sender is sending (or died while sending; its lease says until when it counts as
    /// alive).</summary>
    Sending,

    /// <summary>The receiver accepted it. Final.</summary>
    Sent,

    /// <summary>The receiver refused it for good. Final for this event id.</summary>
    Rejected,

    /// <summary>The bounded retries gave up on transient failures; a later call may try again.</summary>
    Failed,
}
