namespace PantryPilot.Contracts.Households;

/// <summary>A minimum the household set for an item (update min-stock).</summary>
public sealed record MinStockSetting(string Item, double Quantity, string Unit);
