namespace PantryPilot.Domain.Receipts;

/// <summary>A sub-line of a receipt line ("oat milk +8,000", "less sugar"); its price is part of the line's.</summary>
/// <param name="Field">"menu[2].sub[0]".</param>
public sealed record ReceiptModifier(string Field, string Name, string? Count, string? Price);
