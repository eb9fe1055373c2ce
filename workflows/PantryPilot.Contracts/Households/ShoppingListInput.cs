namespace PantryPilot.Contracts.Households;

/// <summary>Input of activity <c>household.shopping-list</c>: the household's day (its time zone, from the workflow's
/// clock) and the units it reads.</summary>
public sealed record ShoppingListInput(string HouseholdId, int Days, DateOnly Today, UnitSystem Units);
