namespace PantryPilot.Contracts.Households;

/// <summary>What the database knows of a household when its workflow starts.</summary>
/// <param name="Known">It has a profile, stock or purchases.</param>
/// <param name="Lots">Open lots, soonest expiry first, at most <see cref="HouseholdLimits.MaxOpenLots"/>.</param>
/// <param name="LotsNotLoaded">Open lots beyond that bound.</param>
public sealed record HouseholdSnapshot(
    string HouseholdId,
    bool Known,
    HouseholdProfile? Profile,
    IReadOnlyList<string> EffectiveDiets,
    IReadOnlyList<PantryLot> Lots,
    int LotsNotLoaded,
    DateOnly Today);
