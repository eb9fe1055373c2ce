namespace PantryPilot.Contracts.Households;

/// <summary>Input of activity <c>household.shopping-list</c>: the household's day (its time zone, from the workflow's
/// clock) and the units it reads.</summary>
/// <param name="Plans">Planned recipes whose ingredients are reserved; null: none.</param>
/// <param name="MinStocks">The household's own minimums; null: none (the lots' reorder thresholds count).</param>
public sealed record ShoppingListInput(
    string HouseholdId,
    int Days,
    DateOnly Today,
    UnitSystem Units,
    IReadOnlyList<PlannedRecipe>? Plans = null,
    IReadOnlyList<MinStockSetting>? MinStocks = null);
