namespace PantryPilot.Domain.Receipts;

/// <summary>A purchase line made from a receipt line: the household's item, how much, what it cost; expiry
/// unknown.</summary>
public sealed record ReceiptPurchase(int Line, string Name, double Quantity, string Unit, double Price);
