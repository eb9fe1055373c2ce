namespace PantryPilot.Domain.Households;

/// <summary>A household profile as plain values (the contract's record mapped by the activities).</summary>
public sealed record ProfileText(
    IReadOnlyList<string?>? Diets,
    IReadOnlyList<string?>? Allergies,
    IReadOnlyList<string?>? Dislikes,
    IReadOnlyList<string?>? Cuisines,
    int HouseholdSize,
    string? TimeZone);
