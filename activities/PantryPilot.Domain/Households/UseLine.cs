namespace PantryPilot.Domain.Households;

/// <summary>An amount to take from stock, in any unit of the item's family.</summary>
public sealed record UseLine(string Name, double Quantity, string Unit);
