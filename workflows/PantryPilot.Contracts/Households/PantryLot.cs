namespace PantryPilot.Contracts.Households;

/// <summary>One stock lot (an <c>inventory</c> row) as the household workflow sees it.</summary>
public sealed record PantryLot(long LotId, string Name, double Quantity, string Unit, DateOnly? Expires);
