namespace PantryPilot.Domain.Receipts;

/// <summary>What a receipt line is, for the pantry.</summary>
public enum ReceiptLineOutcome
{
    /// <summary>A grocery matched to one of the household's items: a purchase line (applied when the receipt
    /// is).</summary>
    Matched,

    /// <summary>Not a pantry item: a served dish or drink, a pastry from the counter, non-food (bags, cigarettes,
    /// soap, gas, donations).</summary>
    NotPantryItem,

    /// <summary>No word of its name is a food the ontology knows: not guessed into one.</summary>
    NotRecognised,

    /// <summary>A grocery, but none of the household's items.</summary>
    Unmatched,

    /// <summary>A grocery that fits several of the household's items equally: never guessed.</summary>
    Ambiguous,

    /// <summary>A grocery whose amount cannot be told in the unit the household counts the item in (no pack size
    /// printed, or grams of an item counted in pieces).</summary>
    NeedsSize,

    /// <summary>Cancels an earlier line.</summary>
    Void,

    /// <summary>Cancelled by a void line.</summary>
    Voided,

    /// <summary>Money off (a discount line).</summary>
    Discount,

    /// <summary>A negative line that cancels nothing (a refund, a correction).</summary>
    Refund,
}
