namespace PantryPilot.Contracts.Households;

/// <summary>Query <c>profile</c>: the stored profile and the diets that apply.</summary>
public sealed record ProfileView(
    string HouseholdId,
    bool Known,
    HouseholdProfile Profile,
    IReadOnlyList<string> EffectiveDiets);
