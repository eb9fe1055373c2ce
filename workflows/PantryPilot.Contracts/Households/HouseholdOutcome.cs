namespace PantryPilot.Contracts.Households;

/// <summary>How a household workflow ended: only a household that turned out unknown ends (an entity otherwise runs on,
/// continuing as new).</summary>
public sealed record HouseholdOutcome(string HouseholdId, string Status);
