namespace PantryPilot.Contracts.Households;

/// <summary>Input of consume, discard and cook: amounts to take from stock.</summary>
/// <param name="Update">The update it serves (consume, discard, cook): recorded with each change.</param>
/// <param name="Note">A discard's reason, or the cooked recipe ("request r-17 option a").</param>
public sealed record UseStockInput(
    string HouseholdId,
    string RequestId,
    string PayloadHash,
    string Update,
    IReadOnlyList<StockLine> Lines,
    UseMode Mode,
    string? Note = null);
