namespace PantryPilot.Activities.Notifications;

/// <summary>Another sender holds a live claim on this delivery; ask again later (retryable).</summary>
public sealed class DeliveryInFlightException(string message) : Exception(message);

/// <summary>The event cannot be sent as it is (a bad event id, an unknown channel, a template field missing): no retry
/// can fix it.</summary>
public sealed class NotificationInputException(string message) : Exception(message);
