namespace PantryPilot.Contracts.Households;

/// <summary>Input of the household workflow. Callers start it with <c>Carry = null</c> (it reads the household from the
/// database); continue-as-new passes the state on.</summary>
public sealed record HouseholdInput(string HouseholdId, HouseholdCarry? Carry = null);
