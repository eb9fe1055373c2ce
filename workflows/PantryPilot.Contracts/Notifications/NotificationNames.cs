namespace PantryPilot.Contracts.Notifications;

/// <summary>Pinned names of the notifier: its task queue and activity. Only hosts with notification channels configured
/// poll the queue (docs/notifications.md), so webhook URLs and signing keys live on those hosts alone.</summary>
public static class NotificationNames
{
    public const string TaskQueue = "notifications";

    public const string SendActivity = "send-notification";

    /// <summary>Retryable: another worker holds the delivery of this event to this channel right now (its lease has
    /// not run out); the retry finds it delivered, or takes the delivery over once the lease expires.</summary>
    public const string DeliveryInFlight = "NotificationDeliveryInFlight";

    /// <summary>Non-retryable: the event cannot be sent as it is (a bad event id, a channel not configured on the
    /// worker that took the task, a field its template needs is missing).</summary>
    public const string InvalidInput = "NotificationInvalidInput";
}
