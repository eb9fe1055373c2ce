namespace PantryPilot.Domain.Shopping;

/// <summary>A household's shopping list for the days from <paramref name="AsOf"/> to AsOf + <paramref
/// name="HorizonDays"/>.
/// <paramref name="Problems"/> names every planned need the planner could not use (another unit family), so nothing
/// is dropped silently.</summary>
public sealed record ShoppingList(
    DateOnly AsOf,
    int HorizonDays,
    UnitSystem Units,
    IReadOnlyList<ShoppingListLine> Lines,
    IReadOnlyList<string> Problems);
