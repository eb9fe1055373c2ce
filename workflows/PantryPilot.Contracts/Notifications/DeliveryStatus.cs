namespace PantryPilot.Contracts.Notifications;

/// <summary>What became of an event on one channel.</summary>
public enum DeliveryStatus
{
    /// <summary>The receiver accepted it now.</summary>
    Delivered,

    /// <summary>The ledger says it was delivered before (a retry or a duplicate event): nothing was sent.</summary>
    AlreadyDelivered,

    /// <summary>The receiver refused it for good (4xx, or 200 with an error body such as Slack's invalid_payload);
    /// retrying the same message cannot help.</summary>
    Rejected,

    /// <summary>Transient failures (5xx, timeouts, refused connections, rate limit) outlasted the bounded
    /// retries.</summary>
    GaveUp,
}
