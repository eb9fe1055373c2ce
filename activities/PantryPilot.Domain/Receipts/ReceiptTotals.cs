namespace PantryPilot.Domain.Receipts;

/// <summary>The printed totals (CORD <c>sub_total</c> and <c>total</c>), as text; null when not printed.</summary>
public sealed record ReceiptTotals(
    string? Subtotal = null,
    string? Tax = null,
    string? Service = null,
    string? OtherService = null,
    string? Discount = null,
    string? Total = null,
    string? Cash = null,
    string? Change = null,
    string? CreditCard = null,
    string? EMoney = null);
