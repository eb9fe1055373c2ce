namespace PantryPilot.Contracts.Households;

/// <summary>What taking amounts from stock would do: the lot changes (soonest-expiring lot first), what is missing,
/// or the problem that stops it (nothing changes then).</summary>
public sealed record UsePlan(
    IReadOnlyList<LotChange> Changes,
    IReadOnlyList<MissingLine> Missing,
    HouseholdProblem? Problem);
