namespace PantryPilot.Contracts.Households;

/// <summary>Something the shopping list could not count, with why: an item with no forecast, a purchase or lot row
/// in a unit that does not convert. Nothing the store holds is left out without a note.</summary>
public sealed record ShoppingListNote(string ItemId, string Name, string Reason);
