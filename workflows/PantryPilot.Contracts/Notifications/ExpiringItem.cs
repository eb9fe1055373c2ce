namespace PantryPilot.Contracts.Notifications;

/// <summary>An item that expires soon.</summary>
/// <param name="Quantity">As a person reads it: "400 g", "2 pcs".</param>
public sealed record ExpiringItem(string ItemId, string ItemName, DateOnly ExpiresOn, string Quantity);
