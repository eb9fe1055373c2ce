namespace PantryPilot.Domain.Notifications;

/// <summary>How loud a message is: channels show it (Slack's colour bar, the webhook's <c>severity</c>
/// field).</summary>
public enum NotificationSeverity
{
    Info,
    Warning,
    Critical,
}
