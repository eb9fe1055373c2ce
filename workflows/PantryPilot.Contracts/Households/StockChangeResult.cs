namespace PantryPilot.Contracts.Households;

/// <summary>The answer of every update that changes stock (record-purchase, consume, discard, cook).</summary>
/// <param name="Missing">cook only: what the pantry lacked (nothing went below zero).</param>
public sealed record StockChangeResult(
    string RequestId,
    IReadOnlyList<LotChange> Changes,
    IReadOnlyList<MissingLine> Missing,
    IReadOnlyList<string> Notes);
