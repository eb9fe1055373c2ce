namespace PantryPilot.Activities.Notifications;

/// <summary>The event cannot be sent as it is (a bad event id, an unknown channel, a template field missing): no retry
/// can fix it.</summary>
public sealed class NotificationInputException(string message) : Exception(message);
