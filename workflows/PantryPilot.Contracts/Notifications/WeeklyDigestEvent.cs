namespace PantryPilot.Contracts.Notifications;

/// <summary>A household's week in figures.</summary>
/// <param name="Highlights">Free lines the household workflow chose ("rice runs out in about 5 days").</param>
public sealed record WeeklyDigestEvent(
    string EventId,
    DateTimeOffset OccurredAt,
    string HouseholdId,
    DateOnly WeekStarting,
    int RecipesCooked,
    int ItemsExpired,
    int ItemsExpiringNextWeek,
    int LowStockItems,
    IReadOnlyList<string> Highlights
) : NotificationEvent(EventId, OccurredAt);
