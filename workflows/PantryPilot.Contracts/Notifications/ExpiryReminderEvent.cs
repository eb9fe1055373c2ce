namespace PantryPilot.Contracts.Notifications;

/// <summary>A household's reminder of what expires within <paramref name="WithinDays"/> days.</summary>
public sealed record ExpiryReminderEvent(
    string EventId,
    DateTimeOffset OccurredAt,
    string HouseholdId,
    int WithinDays,
    IReadOnlyList<ExpiringItem> Items
) : NotificationEvent(EventId, OccurredAt);
