using System.Globalization;
using PantryPilot.Contracts.Households;

namespace PantryPilot.Workflows.Households;

/// <summary>The shopping list. The update computes it: the list is read from the store by an activity (purchases are
/// not in the workflow's state, and a query cannot run activities); it writes nothing and records nothing in the
/// household's history, so it takes no request id and no stock lock. The query answers with the 7-day list the
/// workflow keeps (<see cref="ShoppingListCache"/>): kept from the update, the weekly digest and the main loop's
/// refresh (<see cref="RefreshShoppingListAsync"/>), never computed by the query.</summary>
public sealed partial class HouseholdHandlers
{
    /// <summary>The updates that change what the list is computed from: stock, plans, minimums, units.</summary>
    private static readonly HashSet<string> ListInputs =
    [
        HouseholdNames.SetProfile, HouseholdNames.RecordPurchase, HouseholdNames.Consume, HouseholdNames.Discard,
        HouseholdNames.Cook, HouseholdNames.PlanRecipe, HouseholdNames.CancelPlan, HouseholdNames.MinStock,
    ];

    /// <summary>When the main loop should compute the kept list again; null when nothing asks for it.</summary>
    public DateTime? ShoppingListRefreshAt => State.ShoppingList.RefreshAt;

    public void ValidateShoppingList(ShoppingListRequest request) => Throw(CheckShoppingList(request));

    public async Task<ShoppingListView> ShoppingListAsync(ShoppingListRequest request)
    {
        await effects.WaitAsync(() => Loaded);
        Throw(CheckShoppingList(request));
        var seen = State.ShoppingList.Changes;
        var input = ShoppingInput(request.Days);
        var list = await HouseholdFailures.TypedAsync(
            "planning the shopping list", () => effects.Activities.ShoppingListAsync(input));
        State.ShoppingList.Keep(list, effects.UtcNow, seen);
        return list;
    }

    /// <summary>Query <c>shopping-list</c>: the kept list, read from the state only (no activity, no clock).</summary>
    public CachedShoppingList CachedShoppingList()
    {
        var cache = State.ShoppingList;
        return new CachedShoppingList(
            Id,
            State.Known,
            Loaded,
            cache.List is not null,
            cache.ComputedAt,
            ShoppingListRequest.DefaultDays,
            cache.List is not null && cache.Stale,
            cache.RefreshAt,
            cache.List,
            CacheNote(cache));
    }

    /// <summary>A run's start: the household is known and the run has no list yet, so it asks for one now (the loop
    /// runs it once no update is in flight). Asks for release 3 here, the run's first wish for a refresh.</summary>
    public void ShoppingListWanted()
    {
        if (!State.Known || State.ShoppingList.List is not null)
        {
            return;
        }

        State.ShoppingList.Refreshes ??= effects.Release3;
        State.ShoppingList.RefreshFrom(effects.UtcNow);
    }

    /// <summary>Computes the kept list again (from the workflow's main loop, once updates have settled). A list that
    /// cannot be computed keeps the old one, says why in the query, and is tried again later.</summary>
    public async Task RefreshShoppingListAsync()
    {
        var cache = State.ShoppingList;
        var seen = cache.Changes;
        var input = ShoppingInput(ShoppingListRequest.DefaultDays);
        try
        {
            var list = await HouseholdFailures.TypedAsync(
                "refreshing the shopping list", () => effects.Activities.ShoppingListAsync(input));
            cache.Keep(list, effects.UtcNow, seen);
        }
        catch (Temporalio.Exceptions.ApplicationFailureException e)
        {
            cache.Failed(effects.UtcNow, e.Message);
        }
    }

    /// <summary>An update changed what the list is computed from: the kept list is stale until the next
    /// refresh.</summary>
    private void ShoppingListChanged()
    {
        State.ShoppingList.Refreshes ??= effects.Release3;
        State.ShoppingList.Changed(effects.UtcNow);
    }

    private static string? CacheNote(ShoppingListCache cache)
    {
        string At(DateTime? at) => at?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "-";
        var next = cache.RefreshAt is { } due
            ? $"it is computed again at {At(due)}"
            : cache.Refreshes == false
                ? "this run started before the workflow kept its list fresh: the shopping-list update or the weekly "
                    + "digest computes it"
                : "the shopping-list update computes it now";
        if (cache.Problem is { } problem)
        {
            return $"the last refresh failed: {problem}; {next}";
        }

        if (cache.List is null)
        {
            return $"not computed yet: {next}";
        }

        return cache.Stale ? $"changes since {At(cache.ComputedAt)} are not in it yet; {next}" : null;
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
