namespace PantryPilot.Domain.Households;

/// <summary>The outcome of <see cref="StockLedger.Plan"/>: lot changes and shortfalls, or the problem that stops the
/// use (then <see cref="Uses"/> is empty: nothing may change).</summary>
public sealed record UsePlanResult(
    IReadOnlyList<LotUse> Uses,
    IReadOnlyList<Shortfall> Shortfalls,
    StockProblem? Problem);
