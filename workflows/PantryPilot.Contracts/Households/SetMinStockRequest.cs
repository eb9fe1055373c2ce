namespace PantryPilot.Contracts.Households;

/// <summary>Update <c>min-stock</c>: the household keeps at least <paramref name="Quantity"/> <paramref name="Unit"/>
/// of <paramref name="Item"/>; the shopping list tops the item up to it. It replaces the reorder threshold of the
/// item's lots; 0 removes the household's own minimum. The item is matched by ingredient identity.</summary>
public sealed record SetMinStockRequest(string RequestId, string Item, double Quantity, string Unit);
