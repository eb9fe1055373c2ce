using PantryPilot.Domain.Notifications;

namespace PantryPilot.Activities.Notifications;

/// <summary>The receiver's answer to one HTTP attempt, and how long it asked us to wait (Retry-After) before
/// another.</summary>
public sealed record SendAttempt(ReceiverAnswer Answer, TimeSpan? RetryAfter = null);
