using PantryPilot.Activities.Households;
using PantryPilot.Contracts.Households;
using PantryPilot.Workflows.Tests.Support;

namespace PantryPilot.Workflows.Tests.Households;

/// <summary>Release 3: the shopping list the household workflow keeps for its <c>shopping-list</c> query, replayed
/// against histories built as the server records them. The household starts Sunday 2026-03-01 06:00 UTC (UTC, metric);
/// every expected value is written by hand.</summary>
public sealed class HouseholdShoppingListQueryTests : IAsyncDisposable
{
    private static readonly DateOnly Sunday = new(2026, 3, 1);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "shopquery-" + Guid.NewGuid().ToString("N")[..8]);

    public async ValueTask DisposeAsync()
    {
        if (Directory.Exists(folder))
        {
            await Task.Run(() => Directory.Delete(folder, recursive: true));
        }
    }

    /// <summary>The lists come from the real household.shopping-list code on a real (SQLite) store, fed to the replay as
    /// the activity's results. Worked by hand: 1 kg of rice bought Feb 1, 11 and 21 is 100 g a day; 2.6 kg eaten leaves
    /// 400 g, which lasts 4 days (out Thursday Mar 5); the week needs 700 g, so 300 g are short: one 1 kg pack. Then
    /// the household buys 1 kg: 1,400 g on the shelf, and even at the fastest interval rate (1 kg in the 8 days from
    /// Feb 21 to Mar 1, 125 g a day) the week needs 875 g: nothing to buy.</summary>
    [Fact]
    public async Task Query_AfterAPurchase_StaleUntilTheSettledRefresh_ThenFreshWithoutTheItem()
    {
        var (store, database) = await StoreAsync();
        await using var owned = database;
        foreach (var day in new[] { 1, 11, 21 })
        {
            var request = new RecordPurchaseRequest($"r{day}", [new("rice", 1, "kg")], new DateOnly(2026, 2, day));
            await store.RecordPurchaseAsync(new(HouseholdHistory.HouseholdId, $"h{day}", request, Sunday), default);
        }

        await store.UseStockAsync(
            new(HouseholdHistory.HouseholdId, "c-1", "hc", HouseholdNames.Consume, [new("rice", 2600, "g")], UseMode.AllOrNothing),
            default);
        var snapshot = await store.LoadAsync(HouseholdHistory.HouseholdId, default);
        var input = new ShoppingListInput(HouseholdHistory.HouseholdId, 7, Sunday, UnitSystem.Metric);
        var before = await store.ShoppingListAsync(input, default);
        var purchase = new RecordPurchaseRequest("b-1", [new("rice", 1, "kg")], Sunday);
        var bought = await store.RecordPurchaseAsync(new(HouseholdHistory.HouseholdId, "hb", purchase, Sunday), default);
        var after = await store.ShoppingListAsync(input, default);

        var h = new HouseholdHistory().Loaded(snapshot);
        h.Builder.Patched("household.release-3");
        h.Activity(HouseholdNames.ShoppingListActivity, before);
        var firstAt = h.Builder.WorkflowTime;
        var digest = h.Builder.StartTimer(TimeSpan.FromHours(26));
        h.Update(HouseholdNames.RecordPurchase, purchase, HouseholdNames.RecordPurchaseActivity, bought);
        var boughtAt = h.Builder.WorkflowTime;
        h.Builder.CancelTimer(digest);
        var quiet = h.Builder.StartTimer(TimeSpan.FromSeconds(10));
        h.Builder.Advance(TimeSpan.FromSeconds(10)).FireTimer(quiet);
        h.Builder.WorkflowTask();
        h.Activity(HouseholdNames.ShoppingListActivity, after);
        var refreshedAt = h.Builder.WorkflowTime;
        h.Builder.StartTimer(TimeSpan.FromHours(26) - TimeSpan.FromSeconds(10));

        var observer = new HouseholdObserver();
        CachedShoppingList? stale = null;
        CachedShoppingList? again = null;
        CachedShoppingList? fresh = null;
        var scheduledAtQuery = -1;
        var probe = new HandlerProbe(
            calls => fresh = calls.Wait == 3 ? (CachedShoppingList?)calls.Query(HouseholdNames.ShoppingListQuery) : fresh,
            atActivity: (type, calls) =>
            {
                if (type == HouseholdNames.ShoppingListActivity && observer.Scheduled.Count == 3)
                {
                    stale = (CachedShoppingList?)calls.Query(HouseholdNames.ShoppingListQuery);
                    again = (CachedShoppingList?)calls.Query(HouseholdNames.ShoppingListQuery);
                    scheduledAtQuery = observer.Scheduled.Count;
                }
            });

        var replay = await HouseholdReplay.ReplayAsync(h.Build(), observer, probe);

        Assert.Null(replay.Error);
        string[] expected =
        [
            HouseholdNames.LoadActivity, HouseholdNames.ShoppingListActivity, HouseholdNames.RecordPurchaseActivity,
            HouseholdNames.ShoppingListActivity,
        ];
        Assert.Equal(expected, replay.Scheduled);

        // Two queries scheduled nothing and answered the same: read-only.
        Assert.Equal(3, scheduledAtQuery);
        Assert.Equal(stale, again);
        Assert.Equal(3, replay.Timers.Count);
        Assert.Equal(TimeSpan.FromSeconds(10), replay.Timers[1]);
        Assert.Equal(input, replay.Arguments[3]);

        // Stale: the first list (rice, one 1 kg pack, out Thursday) while the purchase is not in it.
        Assert.True(stale!.Computed);
        Assert.True(stale.Stale);
        Assert.Equal(firstAt, stale.ComputedAt);
        Assert.Equal(boughtAt.AddSeconds(10), stale.RefreshAt);
        var rice = Assert.Single(stale.List!.Items);
        Assert.Equal(("rice", "1 kg", 1, new DateOnly(2026, 3, 5)), (rice.Name, rice.Display, rice.Packs, rice.RunsOutOn));
        Assert.Equal(["runs_out"], rice.Reasons);
        Assert.Equal($"changes since {Iso(firstAt)} are not in it yet; it is computed again at {Iso(boughtAt.AddSeconds(10))}", stale.Note);

        // Fresh: computed again after the quiet time, from the store after the purchase: nothing to buy.
        Assert.True(fresh!.Computed);
        Assert.False(fresh.Stale);
        Assert.Equal((refreshedAt, 7, (DateTime?)null, (string?)null), (fresh.ComputedAt, fresh.HorizonDays, fresh.RefreshAt, fresh.Note));
        Assert.Empty(fresh.List!.Items);
    }

    [Fact]
    public async Task Query_BeforeTheFirstList_AnswersNotComputedYet_NotAnError()
    {
        CachedShoppingList? first = null;
        var probe = new HandlerProbe(_ => { }, atActivity: (type, calls) =>
            first ??= type == HouseholdNames.ShoppingListActivity ? (CachedShoppingList?)calls.Query(HouseholdNames.ShoppingListQuery) : null);
        var history = HouseholdPaths.ListRefresh();
        var loadedAt = WorkflowTaskTimes(history)[1];

        var replay = await HouseholdReplay.ReplayAsync(history, probe);

        Assert.Null(replay.Error);
        Assert.Equal(new CachedShoppingList(HouseholdHistory.HouseholdId, true, true, false, null, 7, false, loadedAt, null, $"not computed yet: it is computed again at {Iso(loadedAt)}"), first);
    }

    [Fact]
    public async Task TwoPurchasesInsideTheQuietTime_OneRefreshAfterTheLast()
    {
        var (h, quiet) = ListedThenBought();

        // 5 s later a second purchase moves the refresh to 06:00:15 without touching the timer.
        var firstBought = h.Builder.WorkflowTime;
        h.Builder.Advance(TimeSpan.FromSeconds(5));
        Buy(h, "b-2", 4);
        var secondBought = h.Builder.WorkflowTime;
        h.Builder.Advance(TimeSpan.FromSeconds(5)).FireTimer(quiet);
        h.Builder.WorkflowTask();
        var rest = h.Builder.StartTimer(secondBought.AddSeconds(10) - h.Builder.WorkflowTime);
        h.Builder.Advance(TimeSpan.FromSeconds(5)).FireTimer(rest);
        h.Builder.WorkflowTask();
        h.Activity(HouseholdNames.ShoppingListActivity, HouseholdPaths.ListAfter);
        var refreshedAt = h.Builder.WorkflowTime;
        h.Builder.StartTimer(TimeSpan.FromHours(25));
        CachedShoppingList? end = null;
        var probe = new HandlerProbe(calls => end = calls.Wait == 4 ? (CachedShoppingList?)calls.Query(HouseholdNames.ShoppingListQuery) : end);

        var replay = await HouseholdReplay.ReplayAsync(h.Build(), probe);

        Assert.Null(replay.Error);
        Assert.Equal(2, replay.Scheduled.Count(s => s == HouseholdNames.RecordPurchaseActivity));
        Assert.Equal(2, replay.Scheduled.Count(s => s == HouseholdNames.ShoppingListActivity));
        // The quiet timer armed by the first purchase is not re-armed by the second; when it fires, the loop waits for
        // the rest of the second purchase's quiet time (10 s after it), then refreshes once.
        Assert.Equal(4, replay.Timers.Count);
        Assert.Equal(TimeSpan.FromSeconds(10), replay.Timers[1]);
        Assert.InRange(secondBought - firstBought, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10));
        Assert.InRange(replay.Timers[2], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
        Assert.Equal((refreshedAt, false), (end!.ComputedAt, end.Stale));
    }

    [Fact]
    public async Task RefreshFails_KeepsTheOldList_SaysWhy_TriesAgainIn15Minutes()
    {
        var (h, quiet) = ListedThenBought();
        h.Builder.Advance(TimeSpan.FromSeconds(10)).FireTimer(quiet);
        h.Builder.WorkflowTask();
        var firstAt = WorkflowTaskTimes(h.Build())[2];
        var refresh = h.Builder.ScheduleActivity(HouseholdNames.ShoppingListActivity);
        h.Builder.FailActivity(refresh, "database down", "DatabaseUnavailable", nonRetryable: false).WorkflowTask();
        var failedAt = h.Builder.WorkflowTime;
        h.Builder.StartTimer(TimeSpan.FromMinutes(15));
        CachedShoppingList? end = null;
        var probe = new HandlerProbe(calls => end = calls.Wait == 3 ? (CachedShoppingList?)calls.Query(HouseholdNames.ShoppingListQuery) : end);

        var replay = await HouseholdReplay.ReplayAsync(h.Build(), probe);

        Assert.Null(replay.Error);
        Assert.Equal(TimeSpan.FromMinutes(15), replay.Timers[2]);
        Assert.Equal((firstAt, true, failedAt.AddMinutes(15)), (end!.ComputedAt, end.Stale, end.RefreshAt));
        Assert.Equal(Json(HouseholdPaths.ListBefore), Json(end.List));
        Assert.StartsWith("the last refresh failed: refreshing the shopping list did not complete: ", end.Note, StringComparison.Ordinal);
        Assert.EndsWith($"; it is computed again at {Iso(failedAt.AddMinutes(15))}", end.Note, StringComparison.Ordinal);
    }

    /// <summary>A run whose history has no release-3 marker keeps its commands: nothing is refreshed on its own, but
    /// the update's 7-day answer is kept, and a consume after it makes it stale.</summary>
    [Fact]
    public async Task RunBeforeRelease3_KeepsTheUpdatesList_MarksItStale_SchedulesNothingMore()
    {
        var h = new HouseholdHistory().Loaded(HouseholdHistory.Snapshot(true, HouseholdPaths.Rice));
        h.Builder.StartTimer(TimeSpan.FromHours(26));
        h.Update(HouseholdNames.ShoppingList, new ShoppingListRequest(7), HouseholdNames.ShoppingListActivity, HouseholdPaths.ListBefore);
        var used = new StockChangeResult("c-1", [new(1, "rice", "g", 5000, 4800, null)], [], []);
        var listedAt = WorkflowTaskTimes(h.Build())[^1];
        h.Update(HouseholdNames.Consume, new ConsumeRequest("c-1", [new("rice", 200, "g")]), HouseholdNames.ConsumeActivity, used);

        // A two-week list afterwards: answered to its caller, the kept week left as it was.
        h.Update(HouseholdNames.ShoppingList, new ShoppingListRequest(14), HouseholdNames.ShoppingListActivity, HouseholdPaths.ListAfter with { Days = 14 });
        CachedShoppingList? end = null;
        var probe = new HandlerProbe(_ => { }, atActivity: (type, calls) =>
            end = type == HouseholdNames.ShoppingListActivity ? (CachedShoppingList?)calls.Query(HouseholdNames.ShoppingListQuery) : end);

        var replay = await HouseholdReplay.ReplayAsync(h.Build(), probe);

        Assert.Null(replay.Error);
        Assert.Equal([HouseholdNames.LoadActivity, HouseholdNames.ShoppingListActivity, HouseholdNames.ConsumeActivity, HouseholdNames.ShoppingListActivity], replay.Scheduled);
        Assert.Equal((true, true, (DateTime?)null), (end!.Computed, end.Stale, end.RefreshAt));
        Assert.Equal(Json(HouseholdPaths.ListBefore), Json(end.List));
        Assert.Equal(listedAt, end.ComputedAt);
        Assert.Equal(
            $"changes since {Iso(listedAt)} are not in it yet; this run started before the workflow kept its list fresh: the shopping-list update or the weekly digest computes it",
            end.Note);
    }

    [Fact]
    public async Task Query_AListOfAnotherHorizon_AnswersItsCallerOnly_NothingKept()
    {
        var h = new HouseholdHistory().Loaded(HouseholdHistory.Snapshot(true, HouseholdPaths.Rice));
        h.Builder.StartTimer(TimeSpan.FromHours(26));
        h.Update(HouseholdNames.ShoppingList, new ShoppingListRequest(14), HouseholdNames.ShoppingListActivity, HouseholdPaths.ListBefore with { Days = 14 });
        var used = new StockChangeResult("c-1", [new(1, "rice", "g", 5000, 4800, null)], [], []);
        h.Update(HouseholdNames.Consume, new ConsumeRequest("c-1", [new("rice", 200, "g")]), HouseholdNames.ConsumeActivity, used);
        CachedShoppingList? end = null;
        var probe = new HandlerProbe(_ => { }, atActivity: (type, calls) =>
            end = type == HouseholdNames.ConsumeActivity ? (CachedShoppingList?)calls.Query(HouseholdNames.ShoppingListQuery) : end);

        await HouseholdReplay.ReplayAsync(h.Build(), probe);

        Assert.False(end!.Computed);
        Assert.Null(end.List);
        Assert.StartsWith("not computed yet: ", end.Note, StringComparison.Ordinal);
    }

    /// <summary>A release-3 run that computed its first list, then recorded one purchase and armed the quiet
    /// timer (the digest's timer cancelled for it).</summary>
    private static (HouseholdHistory History, long QuietTimer) ListedThenBought()
    {
        var h = new HouseholdHistory().Loaded(HouseholdHistory.Snapshot(true, HouseholdPaths.Rice));
        h.Builder.Patched("household.release-3");
        h.Activity(HouseholdNames.ShoppingListActivity, HouseholdPaths.ListBefore);
        var digest = h.Builder.StartTimer(TimeSpan.FromHours(26));
        Buy(h, "b-1", 3);
        h.Builder.CancelTimer(digest);
        return (h, h.Builder.StartTimer(TimeSpan.FromSeconds(10)));
    }

    private static void Buy(HouseholdHistory h, string requestId, long lotId)
    {
        var bought = new StockChangeResult(requestId, [new(lotId, "rice", "g", 0, 1000, null)], [], []);
        h.Update(HouseholdNames.RecordPurchase, new RecordPurchaseRequest(requestId, [new PurchaseLine("rice", 1000, "g")]), HouseholdNames.RecordPurchaseActivity, bought);
    }

    private static string Json(ShoppingListView? list) => System.Text.Json.JsonSerializer.Serialize(list, PantryPilot.Contracts.Payloads.PayloadJson.Options);

    private static string Iso(DateTime at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The time the workflow sees in each of its tasks (the WorkflowTaskStarted events), in order.</summary>
    private static List<DateTime> WorkflowTaskTimes(Temporalio.Common.WorkflowHistory history) => history.Events
        .Where(e => e.EventType == Temporalio.Api.Enums.V1.EventType.WorkflowTaskStarted)
        .Select(e => e.EventTime.ToDateTime())
        .ToList();

    private async Task<(HouseholdStore Store, SqliteHouseholdDatabase Database)> StoreAsync()
    {
        var database = new SqliteHouseholdDatabase(Path.Combine(folder, "households.db"));
        await database.MigrateAsync(default);
        return (new HouseholdStore(database, time: new FixedClock(HouseholdHistory.Start)), database);
    }
}
