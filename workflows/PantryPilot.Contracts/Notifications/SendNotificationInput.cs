namespace PantryPilot.Contracts.Notifications;

/// <param name="Channels">The channels to use by name; null: every configured channel subscribed to the event's
/// kind.</param>
public sealed record SendNotificationInput(NotificationEvent Event, IReadOnlyList<string>? Channels = null);
