namespace PantryPilot.Contracts.Households;

/// <summary>Update <c>cancel-plan</c>: drops a plan and its reservation. Sent again, it gets the first
/// answer.</summary>
public sealed record CancelPlanRequest(string PlanId);
