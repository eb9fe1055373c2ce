namespace PantryPilot.Domain.Receipts;

/// <summary>What a receipt does to a household's pantry: the receipt's outcome and why, every line's fate (lines in =
/// applied + set aside), and the purchase lines to record.</summary>
/// <param name="Reconciliation">Null when the receipt could not be read at all.</param>
public sealed record ReceiptPlan(
    ReceiptOutcome Outcome,
    string Reason,
    ReceiptReconciliation? Reconciliation,
    IReadOnlyList<ReceiptLineFate> Lines,
    IReadOnlyList<ReceiptPurchase> Purchases)
{
    public static ReceiptPlan Unreadable(string reason) => new(ReceiptOutcome.SetAside, reason, null, [], []);
}
