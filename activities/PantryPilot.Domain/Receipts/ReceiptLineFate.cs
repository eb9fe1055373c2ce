namespace PantryPilot.Domain.Receipts;

/// <summary>What became of one receipt line.</summary>
/// <param name="Number">1-based position on the receipt.</param>
/// <param name="Text">The line's name as printed.</param>
/// <param name="IsPantryItem">Read as a grocery a household stores (whether or not it could be applied).</param>
/// <param name="Applied">It reached the pantry as a purchase line.</param>
/// <param name="Item">The household's item it is (matched lines, and voids of them).</param>
/// <param name="Quantity">How much was bought, in <paramref name="Unit"/>: count x pack size (after voids).</param>
/// <param name="Count">The printed count.</param>
/// <param name="Price">What the line came to (price + priced modifiers - its discount; negative for voids and
/// discounts), in the receipt's currency.</param>
/// <param name="Reason">Why, in words: what matched, or why the line stays out of the pantry.</param>
public sealed record ReceiptLineFate(
    int Number,
    string Text,
    ReceiptLineOutcome Outcome,
    bool IsPantryItem,
    bool Applied,
    string? Item,
    double? Quantity,
    string? Unit,
    double? Count,
    double Price,
    string Reason);
