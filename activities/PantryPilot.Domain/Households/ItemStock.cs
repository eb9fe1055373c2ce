namespace PantryPilot.Domain.Households;

/// <summary>Stock of one item over its lots, in one unit.</summary>
public sealed record ItemStock(string Name, double Quantity, string Unit, int Lots, DateOnly? EarliestExpiry);
