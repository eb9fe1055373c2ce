namespace PantryPilot.Contracts.Households;

/// <summary>Update <c>set-profile</c>: replaces the whole profile.</summary>
public sealed record SetProfileRequest(string RequestId, HouseholdProfile Profile);
