using PantryPilot.Domain.Forecasting;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Shopping;

/// <summary>One item of a household as the planner sees it, all quantities in <paramref name="Unit"/>
/// (canonical).</summary>
/// <param name="Stock">On the shelf now (not expired).</param>
/// <param name="MinStock">The household's minimum (reorder threshold), or null for none.</param>
/// <param name="Forecast">The item's consumption forecast, or null when there is none (no purchase history).</param>
/// <param name="PurchaseQuantities">Quantities of the household's past purchases of the item: the pack sizes it
/// buys.</param>
public sealed record PantryItemState(
    string ItemId,
    string Name,
    string? Category,
    CanonicalUnit Unit,
    double Stock,
    double? MinStock,
    ConsumptionForecast? Forecast,
    IReadOnlyList<double> PurchaseQuantities);
