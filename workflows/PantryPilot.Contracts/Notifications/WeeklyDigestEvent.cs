namespace PantryPilot.Contracts.Notifications;

/// <summary>A household's week in figures.</summary>
/// <param name="Highlights">Free lines the household workflow chose ("rice runs out in about 5 days").</param>
/// <param name="ShoppingList">What to buy for the coming week, one line per item ("rice: 1 kg (runs out
/// 2026-03-05)"); null from senders that predate it.</param>
/// <param name="ExpiresBeforeUse">Lots that will expire before they are used at the household's rate, one line each;
/// null from senders that predate it.</param>
public sealed record WeeklyDigestEvent(
    string EventId,
    DateTimeOffset OccurredAt,
    string HouseholdId,
    DateOnly WeekStarting,
    int RecipesCooked,
    int ItemsExpired,
    int ItemsExpiringNextWeek,
    int LowStockItems,
    IReadOnlyList<string> Highlights,
    IReadOnlyList<string>? ShoppingList = null,
    IReadOnlyList<string>? ExpiresBeforeUse = null
) : NotificationEvent(EventId, OccurredAt);
