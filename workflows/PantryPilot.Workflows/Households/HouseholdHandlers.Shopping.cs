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
        var input = new ShoppingListInput(Id, request.Days, Today, State.Profile.Units);
        return await HouseholdFailures.TypedAsync(
            "planning the shopping list", () => effects.Activities.ShoppingListAsync(input));
    }

    private HouseholdProblem? CheckShoppingList(ShoppingListRequest? request) =>
        request is null ? HouseholdChecks.Invalid("request: missing")
        : request.Days is < 1 or > ShoppingListRequest.MaxDays
            ? HouseholdChecks.Invalid($"days: {request.Days} is not between 1 and {ShoppingListRequest.MaxDays}")
            : Unknown(HouseholdNames.ShoppingList);
}
