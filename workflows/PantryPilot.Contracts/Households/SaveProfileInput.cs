namespace PantryPilot.Contracts.Households;

/// <param name="PayloadHash">Of the update's request: the same request id with another hash is a
/// DuplicateRequest.</param>
public sealed record SaveProfileInput(string HouseholdId, string RequestId, string PayloadHash, ProfileResult Result);
