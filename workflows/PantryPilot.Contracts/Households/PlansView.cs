namespace PantryPilot.Contracts.Households;

/// <summary>Answer of query <c>plans</c>: the household's planned recipes, soonest first.</summary>
public sealed record PlansView(string HouseholdId, IReadOnlyList<PlannedRecipe> Plans);
