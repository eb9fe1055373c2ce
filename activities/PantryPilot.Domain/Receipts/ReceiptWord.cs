namespace PantryPilot.Domain.Receipts;

/// <summary>One entry of the receipt vocabulary: a phrase (folded words), what it says, and a note for
/// people.</summary>
public sealed record ReceiptWord(ReceiptWordKind Kind, IReadOnlyList<string> Words, string Note, int Line)
{
    public string Phrase => string.Join(' ', Words);
}
