namespace PantryPilot.Contracts.Households;

/// <summary>A profile read by the dietary rules: stored as <see cref="Profile"/>, answered as <see cref="Result"/>; or
/// the problem that makes it unreadable.</summary>
public sealed record ProfileReading(
    HouseholdProfile? Profile,
    IReadOnlyList<string> EffectiveDiets,
    IReadOnlyList<string> Notes,
    HouseholdProblem? Problem);
