namespace PantryPilot.Domain.Receipts;

/// <summary>Whether a receipt's lines add up to what it says was paid, and how.</summary>
/// <param name="Reconciles">True when the lines (net of voids and discounts, with priced modifiers), with the printed
/// tax, service and receipt discount, come to the printed total within <paramref name="Tolerance"/>, any printed
/// subtotal agrees, and cash minus change is the total.</param>
/// <param name="Reason">How it added up, or why not, in words with the figures.</param>
/// <param name="Currency">The receipt's currency; null when it could not be told (mixed or unknown marks).</param>
/// <param name="LinesTotal">The sum of the lines' net amounts.</param>
/// <param name="PrintedTotal">The printed total, when there is one that reads as an amount.</param>
/// <param name="Lines">Each line's amount, in receipt order.</param>
public sealed record ReceiptReconciliation(
    bool Reconciles,
    string Reason,
    ReceiptCurrency? Currency,
    double LinesTotal,
    double? PrintedTotal,
    double Tolerance,
    IReadOnlyList<LineAmount> Lines);
