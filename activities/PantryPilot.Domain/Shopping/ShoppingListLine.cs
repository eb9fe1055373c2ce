using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Shopping;

/// <summary>One item to buy.</summary>
/// <param name="Shortfall">What is missing, canonical unit, before rounding to packs.</param>
/// <param name="PackSize">The pack chosen among the sizes the household has bought (canonical), or null when it has
/// bought none we know of (then <paramref name="Quantity"/> is the shortfall, whole pieces for counted items).</param>
/// <param name="Quantity">What to buy, canonical unit: <paramref name="Packs"/> x <paramref name="PackSize"/>.</param>
/// <param name="Display">The quantity in the household's units, e.g. "2 x 1 kg" or "2 lb".</param>
/// <param name="RunsOutOn">When the stock left after the planned recipes runs out at the forecast rate, if within
/// the horizon.</param>
/// <param name="Recipes">Planned recipes that need the item, in date order.</param>
public sealed record ShoppingListLine(
    string ItemId,
    string Name,
    string? Category,
    ShoppingReason Reasons,
    CanonicalUnit Unit,
    double Shortfall,
    double? PackSize,
    int Packs,
    double Quantity,
    string Display,
    DateOnly? RunsOutOn,
    IReadOnlyList<string> Recipes);
