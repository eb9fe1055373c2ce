namespace PantryPilot.Activities.Notifications;

/// <summary>How long a claim in the delivery ledger holds (<see cref="NotificationOptions.Lease"/>).</summary>
public sealed record NotificationLease(TimeSpan Duration);
