namespace PantryPilot.Activities.Notifications;

/// <summary>Another sender holds a live claim on this delivery; ask again later (retryable).</summary>
public sealed class DeliveryInFlightException(string message) : Exception(message);
