namespace PantryPilot.Contracts.Households;

/// <summary>Answer of update <c>cancel-plan</c>: the plan that was dropped, and the plans left.</summary>
public sealed record CancelPlanResult(string PlanId, PlannedRecipe Cancelled, IReadOnlyList<PlannedRecipe> Plans);
