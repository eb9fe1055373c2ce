namespace PantryPilot.Contracts.Households;

/// <summary>Answer of update <c>shopping-list</c>: what to buy from <paramref name="AsOf"/> for <paramref
/// name="Days"/> days, soonest run-out first, and <paramref name="Notes"/> for what could not be counted.</summary>
/// <param name="ItemsChecked">Items the household holds or has bought, each checked once.</param>
/// <param name="ExpiresBeforeUse">Lots that will expire before they are used at the forecast rate (null from
/// workers that predate it).</param>
public sealed record ShoppingListView(
    string HouseholdId,
    DateOnly AsOf,
    int Days,
    UnitSystem Units,
    int ItemsChecked,
    IReadOnlyList<ShoppingListItem> Items,
    IReadOnlyList<ShoppingListNote> Notes,
    IReadOnlyList<ExpiryWarning>? ExpiresBeforeUse = null);
