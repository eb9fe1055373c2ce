namespace PantryPilot.Contracts.Households;

public sealed record LoadHouseholdInput(string HouseholdId);
