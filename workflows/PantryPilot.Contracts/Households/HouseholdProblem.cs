namespace PantryPilot.Contracts.Households;

/// <summary>Why an update cannot apply: one of <see cref="HouseholdErrors"/> and a message naming the field
/// ("lines[2].unit: 'bushel' is not a unit ...").</summary>
public sealed record HouseholdProblem(string ErrorType, string Message);
