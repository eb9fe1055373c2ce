namespace PantryPilot.Domain.Receipts;

/// <summary>One receipt as printed: its lines in order and its totals, every amount still the text on the paper
/// ("16,500", "@9,000", "$3.49"). Interpreting the amounts is <see cref="ReceiptReconciler"/>'s job.</summary>
/// <param name="Origin">How reasons name the receipt: "r01.json", "receipt 7f3a...".</param>
public sealed record Receipt(string Origin, IReadOnlyList<ReceiptLine> Lines, ReceiptTotals Totals);
