namespace PantryPilot.Contracts.Notifications;

/// <summary>A model was promoted: the inference pool serves it from now on.</summary>
public sealed record PromotionDoneEvent(
    string EventId,
    DateTimeOffset OccurredAt,
    string EntryId,
    string? Previous,
    string? ApprovedBy
) : NotificationEvent(EventId, OccurredAt);
