namespace PantryPilot.Domain.Shopping;

/// <summary>A household's items as the planner sees them, and the notes on what could not be counted.</summary>
public sealed record HouseholdItems(IReadOnlyList<PantryItemState> Items, IReadOnlyList<ShoppingNote> Notes);
