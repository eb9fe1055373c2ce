namespace PantryPilot.Contracts.Households;

/// <summary>One item to buy. Quantities are in the item's canonical unit (<paramref name="Unit"/>: g, ml or pcs);
/// <paramref name="Display"/> is the same in the household's units ("1 kg", "2 x 500 g", "2 lb").</summary>
/// <param name="Reasons">runs_out, below_min_stock, planned_recipes (those that hold).</param>
/// <param name="Stock">On the shelf now (not expired).</param>
/// <param name="DailyRate">The forecast use per day, or null when the item has no forecast.</param>
/// <param name="Basis">What the rate rests on: purchase_history, usage_events, category_prior (one purchase), or
/// none.</param>
/// <param name="PackSize">The pack chosen among the sizes the household has bought, or null when none is known.</param>
/// <param name="RunsOutOn">When the stock left after the plans' reservations runs out at the forecast rate, when that
/// is inside the horizon.</param>
/// <param name="Reserved">What planned recipes in the horizon take (canonical unit).</param>
/// <param name="Recipes">The planned recipes that need it, in date order (null from workers that predate
/// plans).</param>
public sealed record ShoppingListItem(
    string ItemId,
    string Name,
    string? Category,
    IReadOnlyList<string> Reasons,
    string Unit,
    double Stock,
    double? DailyRate,
    string Basis,
    double Shortfall,
    double? PackSize,
    int Packs,
    double Quantity,
    string Display,
    DateOnly? RunsOutOn,
    double Reserved = 0,
    IReadOnlyList<string>? Recipes = null);
