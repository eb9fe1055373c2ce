namespace PantryPilot.Contracts.Households;

/// <summary>What <c>set-profile</c> stored and how it reads it.</summary>
/// <param name="Profile">The profile as stored (names trimmed, duplicates removed).</param>
/// <param name="EffectiveDiets">The diets that apply, as tags ("vegan"): one made redundant by a stricter one is left
/// out.</param>
/// <param name="Notes">What the reading decided, in words ("vegan and pescatarian: vegan is the stricter and
/// holds").</param>
public sealed record ProfileResult(
    string RequestId,
    HouseholdProfile Profile,
    IReadOnlyList<string> EffectiveDiets,
    IReadOnlyList<string> Notes);
