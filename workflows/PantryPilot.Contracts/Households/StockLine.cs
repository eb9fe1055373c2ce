namespace PantryPilot.Contracts.Households;

/// <summary>An amount of an item taken out of the pantry (consume, discard) or used by a recipe (cook).</summary>
public sealed record StockLine(string Name, double Quantity, string Unit);
