using System.Text.Json;
using PantryPilot.Domain.Notifications;

namespace PantryPilot.Activities.Notifications;

/// <summary>One event ready for a channel: its id (the idempotency key), kind, the rendered message and the event
/// itself as JSON (the webhook forwards it whole under <c>event</c>).</summary>
public sealed record OutgoingNotification(
    string EventId,
    string Kind,
    DateTimeOffset OccurredAt,
    NotificationMessage Message,
    JsonElement Event
);
