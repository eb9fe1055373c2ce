namespace PantryPilot.Domain.Shopping;

/// <summary>A minimum the household set for an item by name (update min-stock): it replaces the reorder threshold of
/// the item's lots.</summary>
public sealed record MinStockRule(string Name, double Quantity, string Unit);
