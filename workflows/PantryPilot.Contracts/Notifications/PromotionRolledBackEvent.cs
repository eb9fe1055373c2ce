namespace PantryPilot.Contracts.Notifications;

/// <summary>The promoted model was rolled back: <paramref name="To"/> is served again instead of <paramref
/// name="From"/>.</summary>
public sealed record PromotionRolledBackEvent(
    string EventId,
    DateTimeOffset OccurredAt,
    string From,
    string To,
    string? By,
    string? Reason
) : NotificationEvent(EventId, OccurredAt);
