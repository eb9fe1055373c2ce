namespace PantryPilot.Domain.Households;

/// <summary>One lot of stock: an inventory row, in the unit it was bought in.</summary>
public sealed record StockLot(long Id, string Name, double Quantity, string Unit, DateOnly? Expires);
