namespace PantryPilot.Contracts.Households;

/// <summary>One message to a household. <paramref name="Id"/> is stable for the same reminder or digest, so a sink
/// that sees it twice (a retried activity) delivers it once.</summary>
public sealed record HouseholdNotification(
    string Id,
    string HouseholdId,
    NotificationKind Kind,
    DateTime DueAt,
    string Title,
    string Body,
    IReadOnlyList<string> Items);
