using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Receipts;

/// <summary>One of the household's items a receipt line may be: its name, and the unit family it is counted in (null
/// when unknown).</summary>
public sealed record ReceiptItem(string Name, CanonicalUnit? Unit);
