using PantryPilot.Contracts.Households;

namespace PantryPilot.Workflows.Households;

/// <summary>The shopping list: an update because the list is read from the store by an activity (purchases are not
/// in the workflow's state, and a query cannot run activities). It writes nothing and records nothing in the
/// household's history, so it takes no request id and no stock lock.</summary>
public sealed partial class HouseholdHandlers
{
    public void ValidateShoppingList(ShoppingListRequest request) => Throw(CheckShoppingList(request));

    public async Task<ShoppingListView> ShoppingListAsync(ShoppingListRequest request)
    {
        await effects.WaitAsync(() => Loaded);
        Throw(CheckShoppingList(request));
        var input = ShoppingInput(request.Days);
        return await HouseholdFailures.TypedAsync(
            "planning the shopping list", () => effects.Activities.ShoppingListAsync(input));
    }

    /// <summary>The activity's input: plans and minimums only when there are some, so a household without them asks
    /// exactly what it asked before they existed.</summary>
    private ShoppingListInput ShoppingInput(int days) => new(
        Id,
        days,
        Today,
        State.Profile.Units,
        State.Plans.Count == 0 ? null : State.Plans.ToList(),
        State.MinStocks.Count == 0 ? null : State.MinStocks.ToList());

    private HouseholdProblem? CheckShoppingList(ShoppingListRequest? request) =>
        request is null ? HouseholdChecks.Invalid("request: missing")
        : request.Days is < 1 or > ShoppingListRequest.MaxDays
            ? HouseholdChecks.Invalid($"days: {request.Days} is not between 1 and {ShoppingListRequest.MaxDays}")
            : Unknown(HouseholdNames.ShoppingList);
}
