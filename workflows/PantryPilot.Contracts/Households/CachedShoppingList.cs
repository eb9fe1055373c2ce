namespace PantryPilot.Contracts.Households;

/// <summary>Answer of query <c>shopping-list</c>: the list the household's workflow keeps, computed by the
/// <c>household.shopping-list</c> activity from its main loop, its update of the same name or its weekly digest, never
/// by the query itself. A household with no list yet gets <paramref name="Computed"/> false and a
/// <paramref name="Note"/> saying when it will have one, not an error.</summary>
/// <param name="Known">False for a household nobody created (the client raises <c>UnknownHousehold</c>).</param>
/// <param name="Loaded">False until the workflow has read the household from the store.</param>
/// <param name="Computed">Whether <paramref name="List"/> holds a list.</param>
/// <param name="ComputedAt">When the list was computed (UTC, the workflow's clock).</param>
/// <param name="HorizonDays">The days the kept list covers (the default horizon, as the weekly digest's).</param>
/// <param name="Stale">True while updates made since the list was computed (a purchase, a cook, a plan, a minimum, a
/// profile) are not yet reflected in it.</param>
/// <param name="RefreshAt">When the workflow will compute it again (UTC), or null when no refresh is due.</param>
/// <param name="List">The list, exactly as the update answered it then.</param>
/// <param name="Note">Why there is no list, why it is stale, or why the last refresh failed; null when it is
/// fresh.</param>
public sealed record CachedShoppingList(
    string HouseholdId,
    bool Known,
    bool Loaded,
    bool Computed,
    DateTime? ComputedAt,
    int HorizonDays,
    bool Stale,
    DateTime? RefreshAt,
    ShoppingListView? List,
    string? Note);
