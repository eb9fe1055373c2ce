namespace PantryPilot.Contracts.Households;

/// <param name="Today">The household's local day (default purchase day).</param>
public sealed record RecordPurchaseInput(
    string HouseholdId,
    string PayloadHash,
    RecordPurchaseRequest Request,
    DateOnly Today);
