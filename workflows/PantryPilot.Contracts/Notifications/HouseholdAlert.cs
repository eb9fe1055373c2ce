namespace PantryPilot.Contracts.Notifications;

/// <summary>One alert of a household.</summary>
/// <param name="AlertKind">expired | expiring | low_stock | predicted_stockout.</param>
/// <param name="Detail">What a person reads: "expires 2026-03-04", "120 g left, reorder at 250 g".</param>
public sealed record HouseholdAlert(string AlertKind, string ItemId, string ItemName, string Detail);
