namespace PantryPilot.Domain.Shopping;

/// <summary>Something the shopping list could not count for an item, and why.</summary>
public sealed record ShoppingNote(string ItemId, string Name, string Reason);
