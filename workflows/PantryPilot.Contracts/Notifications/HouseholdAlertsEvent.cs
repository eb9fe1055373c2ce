namespace PantryPilot.Contracts.Notifications;

/// <summary>A household's alerts that are new since the last notice (not every alert every day).</summary>
public sealed record HouseholdAlertsEvent(
    string EventId,
    DateTimeOffset OccurredAt,
    string HouseholdId,
    IReadOnlyList<HouseholdAlert> Alerts
) : NotificationEvent(EventId, OccurredAt);
