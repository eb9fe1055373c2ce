using System.Data.Common;
using PantryPilot.Activities.Households;
using PantryPilot.Contracts.Households;
using PantryPilot.Contracts.Serving;
using Temporalio.Exceptions;

namespace PantryPilot.Activities.Tests.Households;

/// <summary>The household store's behaviour, run on each store (PostgreSQL, embedded SQLite). Expected rows and
/// quantities are written by hand; the database is read back with plain SQL, not through the store.</summary>
public abstract class HouseholdStoreContract
{
    protected const string Household = "H-test";

    private static readonly DateOnly Today = new(2026, 3, 1);

    protected abstract IHouseholdDatabase Database { get; }

    protected HouseholdStore Store => new(Database);

    protected async Task Purchase_ThenLoad_LotsAndPurchaseRowsUnderTheRequestId()
    {
        var result = await Buy("b-1", new PurchaseLine("Rice", 2, "kg", 3.50, null), new PurchaseLine("tofu", 400, "g", null, new DateOnly(2026, 3, 9)));

        var snapshot = await Store.LoadAsync(Household, default);
        Assert.True(snapshot.Known);
        Assert.Equal([("tofu", 400d, "g"), ("Rice", 2d, "kg")], snapshot.Lots.Select(l => (l.Name, l.Quantity, l.Unit)));
        Assert.Equal(result.Changes.Select(c => c.LotId).Order(), snapshot.Lots.Select(l => l.LotId).Order());
        Assert.Equal(2L, await Scalar<long>("SELECT count(*) FROM purchase_history WHERE user_id = 'H-test' AND transaction_id = 'b-1'"));
        Assert.Equal(1.75, await Scalar<double>("SELECT unit_cost FROM inventory WHERE user_id = 'H-test' AND item_name = 'Rice'"));
    }

    protected async Task SameRequestTwice_AppliesOnce_AnotherPayloadUnderTheIdIsRefused()
    {
        var first = await Buy("b-1", new PurchaseLine("rice", 1, "kg"));
        var again = await Buy("b-1", new PurchaseLine("rice", 1, "kg"));

        Assert.Equal(first.Changes[0].LotId, again.Changes[0].LotId);
        Assert.Equal(1L, await Scalar<long>("SELECT count(*) FROM inventory WHERE user_id = 'H-test'"));
        var reused = await Assert.ThrowsAsync<ApplicationFailureException>(() => Store.RecordPurchaseAsync(
            new RecordPurchaseInput(Household, "other-hash", new RecordPurchaseRequest("b-1", [new("rice", 5, "kg")]), Today), default));
        Assert.Equal(HouseholdErrors.DuplicateRequest, reused.ErrorType);
        Assert.Equal(1L, await Scalar<long>("SELECT count(*) FROM inventory WHERE user_id = 'H-test'"));
    }

    protected async Task Consume_SoonestExpiringLotFirst_AcrossUnits()
    {
        await Buy("b-1", new PurchaseLine("rice", 1, "kg", null, new DateOnly(2026, 3, 10)), new PurchaseLine("rice", 500, "g", null, new DateOnly(2026, 3, 5)));

        var used = await Use("c-1", UseMode.AllOrNothing, new StockLine("rice", 0.7, "kg"));

        // 500 g from the lot expiring on the 5th, the other 200 g from the kilogram: 0.8 kg left there.
        Assert.Equal([(500d, 0d), (1d, 0.8)], used.Changes.Select(c => (c.Before, c.After)));
        Assert.Equal(0.0, await Scalar<double>("SELECT quantity FROM inventory WHERE user_id = 'H-test' AND unit = 'g'"));
        Assert.Equal(0.8, await Scalar<double>("SELECT quantity FROM inventory WHERE user_id = 'H-test' AND unit = 'kg'"), 9);
        Assert.Equal(2L, await Scalar<long>("SELECT count(*) FROM household_stock_changes WHERE household_id = 'H-test' AND request_id = 'c-1'"));
    }

    protected async Task Consume_MoreThanHeld_RefusedAndNothingChanges()
    {
        await Buy("b-1", new PurchaseLine("rice", 300, "g"));

        var refused = await Assert.ThrowsAsync<ApplicationFailureException>(() => Use("c-1", UseMode.AllOrNothing, new StockLine("rice", 200, "g"), new StockLine("rice", 200, "g")));

        Assert.Equal(HouseholdErrors.InsufficientStock, refused.ErrorType);
        Assert.Equal(300.0, await Scalar<double>("SELECT quantity FROM inventory WHERE user_id = 'H-test'"));
        Assert.Equal(0L, await Scalar<long>("SELECT count(*) FROM household_requests WHERE request_id = 'c-1'"));
    }

    protected async Task Cook_TakesWhatIsThereAndReportsTheRest_NothingLeftIsRefused()
    {
        await Buy("b-1", new PurchaseLine("tofu", 150, "g"), new PurchaseLine("rice", 1, "kg"));

        var cooked = await Use("k-1", UseMode.UpToZero, new StockLine("tofu", 200, "g"), new StockLine("rice", 100, "g"), new StockLine("saffron", 1, "g"));

        Assert.Equal([("tofu", 0d), ("rice", 0.9)], cooked.Changes.Select(c => (c.Name, c.After)));
        Assert.Equal([("tofu", 200d, 150d), ("saffron", 1d, 0d)], cooked.Missing.Select(m => (m.Name, m.Wanted, m.Available)));
        var nothing = await Assert.ThrowsAsync<ApplicationFailureException>(() => Use("k-2", UseMode.UpToZero, new StockLine("tofu", 100, "g")));
        Assert.Equal(HouseholdErrors.NothingToCook, nothing.ErrorType);
    }

    protected async Task Purchase_PastFiveHundredOpenLots_RefusedAsPantryFull()
    {
        for (var batch = 0; batch < 5; batch++)
        {
            await Buy($"b-{batch}", Enumerable.Range(0, 100).Select(i => new PurchaseLine($"item {batch}-{i}", 1, "pcs")).ToArray());
        }

        var full = await Assert.ThrowsAsync<ApplicationFailureException>(() => Buy("b-5", new PurchaseLine("one more", 1, "pcs")));

        Assert.Equal(HouseholdErrors.PantryFull, full.ErrorType);
        Assert.Equal(500L, await Scalar<long>("SELECT count(*) FROM inventory WHERE user_id = 'H-test'"));
    }

    protected async Task TwoClientsAtOnce_EveryUseAppliedExactlyOnce()
    {
        await Buy("b-1", new PurchaseLine("rice", 1000, "g"));
        var a = new HouseholdStore(Database);
        var b = new HouseholdStore(Database);

        // 2 x 12 uses of 1 g at once, each under its own request id, plus every one of client a's sent again by b (a few
        // dozen connections: the test server is shared).
        var uses = Enumerable.Range(0, 12).SelectMany(i => new[]
        {
            a.UseStockAsync(Input($"first-{i}", new StockLine("rice", 1, "g")), default),
            b.UseStockAsync(Input($"second-{i}", new StockLine("rice", 1, "g")), default),
            b.UseStockAsync(Input($"first-{i}", new StockLine("rice", 1, "g")), default),
        });
        await Task.WhenAll(uses);

        Assert.Equal(976.0, await Scalar<double>("SELECT quantity FROM inventory WHERE user_id = 'H-test'"), 9);
        Assert.Equal(24L, await Scalar<long>("SELECT count(*) FROM household_stock_changes WHERE household_id = 'H-test' AND update_name = 'consume'"));
    }

    protected async Task Feedback_TiedToTheServedAnswersModelAdapterAndPrompt()
    {
        await Buy("b-1", new PurchaseLine("tofu", 400, "g"));
        var answer = new RecipeAnswer("r-1", RecipeAnswerKind.Compare,
            [new("a", Served("iter-0001000", "prompt A")), new("b", Served("base", "prompt B"))], ["vegan"], 1, [], new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc));
        await Store.RecordRecipeAsync(new RecordRecipeInput(Household, "h-r", answer), default);

        var result = await Store.RecordFeedbackAsync(new RecordFeedbackInput(Household, "h-f", new FeedbackRequest("f-1", "r-1", FeedbackVerdict.Prefer, "b", "shorter")), default);

        Assert.Equal(("b", "base"), (result.Option, result.Adapter));
        Assert.Equal("prompt B|base|prefer|iter-0001000|shorter", await Scalar<string>(
            "SELECT prompt || '|' || adapter || '|' || verdict || '|' || rejected_adapter || '|' || reason FROM recipe_feedback WHERE household_id = 'H-test' AND request_id = 'f-1'"));
        var unknown = await Assert.ThrowsAsync<ApplicationFailureException>(() => Store.RecordFeedbackAsync(
            new RecordFeedbackInput(Household, "h-g", new FeedbackRequest("f-2", "never", FeedbackVerdict.Like)), default));
        Assert.Equal(HouseholdErrors.UnknownRecipe, unknown.ErrorType);
    }

    protected async Task PrepareRecipe_FreshNotDislikedSoonestFirst()
    {
        await Buy("b-1", new PurchaseLine("rice", 1, "kg"), new PurchaseLine("milk", 1, "l", null, new DateOnly(2026, 2, 20)),
            new PurchaseLine("tofu", 400, "g", null, new DateOnly(2026, 3, 9)), new PurchaseLine("cilantro", 30, "g", null, new DateOnly(2026, 3, 4)));

        var prepared = await Store.PrepareRecipeAsync(new PrepareRecipeInput(Household, "r-1", "h", ["Cilantro"], 150, Today), default);

        Assert.Equal(["tofu", "rice"], prepared.Pantry.Select(p => p.Name));
        Assert.Equal(["1 expired lot(s) not offered", "1 disliked lot(s) not offered"], prepared.Notes);
    }

    protected async Task ShoppingList_HandWrittenHistory_RiceOnePackSaltForItsMinimum()
    {
        // 1 kg of rice on Feb 1, 11 and 21 (100 g a day), 2.6 kg eaten: 400 g left, out on Mar 5; the week needs
        // 700 g, one 1 kg pack. Salt: 200 g bought once, reorder at 250 g (as db load sets it): one 200 g pack.
        foreach (var day in new[] { 1, 11, 21 })
        {
            var request = new RecordPurchaseRequest($"r{day}", [new("rice", 1, "kg")], new DateOnly(2026, 2, day));
            var input = new RecordPurchaseInput(Household, $"hash-r{day}", request, Today);
            await Store.RecordPurchaseAsync(input, default);
        }

        await Use("c-1", UseMode.AllOrNothing, new StockLine("rice", 2600, "g"));
        await Buy("b-salt", new PurchaseLine("salt", 200, "g"));
        Assert.Equal(1, await Execute(
            "UPDATE inventory SET reorder_threshold = 250 WHERE user_id = 'H-test' AND item_name = 'salt'"));

        var list = await Store.ShoppingListAsync(
            new ShoppingListInput(Household, 7, Today, UnitSystem.Metric), default);

        Assert.Equal(2, list.ItemsChecked);
        Assert.Equal(["rice", "salt"], list.Items.Select(i => i.Name));
        var rice = list.Items[0];
        Assert.Equal(("1 kg", 1, 1000d), (rice.Display, rice.Packs, rice.Quantity));
        Assert.Equal(new DateOnly(2026, 3, 5), rice.RunsOutOn);
        Assert.Equal(["runs_out"], rice.Reasons);
        Assert.Equal(("200 g", "below_min_stock"), (list.Items[1].Display, list.Items[1].Reasons.Single()));
        Assert.Equal("salt", Assert.Single(list.Notes).Name);
        var unknown = await Assert.ThrowsAsync<ApplicationFailureException>(
            () => Store.ShoppingListAsync(new ShoppingListInput("nobody", 7, Today, UnitSystem.Metric), default));
        Assert.Equal(HouseholdErrors.UnknownHousehold, unknown.ErrorType);
    }

    protected async Task ShoppingList_PlansMinimumsAndConsumeEvents_HandWorked()
    {
        // Rice: 1 kg bought Feb 1, 11, 21: two 10-day intervals at 100 g/day. Consumed 350 g on Feb 14, 21 and 28: after
        // the first day 700 g over 14 days, 50 g/day; three event days weigh as two intervals. Rate: exp((2 ln 100 +
        // 2 ln 50) / 4) = sqrt(5000) = 70.71 g/day, basis usage_events. Stock 3000 - 1050 = 1950 g.
        foreach (var day in new[] { 1, 11, 21 })
        {
            var request = new RecordPurchaseRequest($"r{day}", [new("rice", 1, "kg")], new DateOnly(2026, 2, day));
            await Store.RecordPurchaseAsync(new RecordPurchaseInput(Household, $"hash-r{day}", request, Today), default);
        }

        foreach (var day in new[] { 14, 21, 28 })
        {
            await Use($"c-{day}", UseMode.AllOrNothing, new StockLine("rice", 350, "g"));
            Assert.True(await Execute(
                $"UPDATE household_stock_changes SET changed_at = '2026-02-{day} 12:00:00' WHERE request_id = 'c-{day}'") >= 1);
        }

        // Tofu: 400 g on Feb 15 and Feb 25 (40 g/day); the second lot expires Mar 3. First in first out the first lot
        // lasts 10 days, so the second is untouched when it expires: 400 g left, used up by Mar 1 + 20 - 1 = Mar 20.
        await Store.RecordPurchaseAsync(new(Household, "hash-t1", new RecordPurchaseRequest("t1", [new("tofu", 400, "g")], new DateOnly(2026, 2, 15)), Today), default);
        await Store.RecordPurchaseAsync(new(Household, "hash-t2", new RecordPurchaseRequest("t2", [new("tofu", 400, "g", null, new DateOnly(2026, 3, 3))], new DateOnly(2026, 2, 25)), Today), default);

        // A risotto on Mar 3 reserves 300 g of rice and 1 g of saffron (never held); the household keeps 2 kg of "Rice"
        // and 500 g of flour (never held). Rice: short max(300, 7 x 70.71 = 494.97) + 2000 - 1950 = 544.97 g, one
        // 1 kg pack; 1950 - 494.97 stays above zero (no run-out), below the 2 kg minimum.
        var plan = new PlannedRecipe("p-1", "r-1", "a", "risotto", new DateOnly(2026, 3, 3), 1, [new("rice", 300, "g"), new("saffron", 1, "g")]);
        var input = new ShoppingListInput(Household, 7, Today, UnitSystem.Metric, [plan], [new("Rice", 2, "kg"), new("flour", 500, "g")]);

        var list = await Store.ShoppingListAsync(input, default);

        Assert.Equal(["flour", "rice", "saffron"], list.Items.Select(i => i.Name).Order(StringComparer.Ordinal));
        var rice = list.Items.Single(i => i.Name == "rice");
        Assert.Equal("usage_events", rice.Basis);
        Assert.Equal(70.71, rice.DailyRate!.Value, 2);
        Assert.Equal(1950, rice.Stock, 6);
        Assert.Equal(544.97, rice.Shortfall, 2);
        Assert.Equal(("1 kg", 300d, (DateOnly?)null), (rice.Display, rice.Reserved, rice.RunsOutOn));
        Assert.Equal(["below_min_stock"], rice.Reasons);
        Assert.Equal(["risotto"], rice.Recipes!);
        var saffron = list.Items.Single(i => i.Name == "saffron");
        Assert.Equal(["planned_recipes"], saffron.Reasons);
        Assert.Equal(("1 g", 1d), (saffron.Display, saffron.Reserved));
        var flour = list.Items.Single(i => i.Name == "flour");
        Assert.Equal(["below_min_stock"], flour.Reasons);
        Assert.Equal("500 g", flour.Display);
        var warning = Assert.Single(list.ExpiresBeforeUse!);
        Assert.Equal(("tofu", new DateOnly(2026, 3, 3), 400d, "g", new DateOnly(2026, 3, 20)), (warning.Name, warning.Expires, warning.Left, warning.Unit, warning.UsedUpBy));
    }

    private async Task<int> Execute(string sql)
    {
        await using var connection = await Database.OpenAsync(default);
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // test SQL constants
        command.CommandText = sql;
#pragma warning restore CA2100
        return await command.ExecuteNonQueryAsync();
    }

    private static ServedAnswer Served(string adapter, string prompt) => new(
        ServingOutcome.Recipe, new ServedRecipe("Tofu", "Any", 10, [new("tofu", 100, "g")], [], ["Fry."]), [], "tiny-gpt2", adapter, prompt, [], 0, 1, 5);

    private Task<StockChangeResult> Buy(string requestId, params PurchaseLine[] lines) =>
        Store.RecordPurchaseAsync(new RecordPurchaseInput(Household, "hash-" + requestId, new RecordPurchaseRequest(requestId, lines), Today), default);

    private Task<StockChangeResult> Use(string requestId, UseMode mode, params StockLine[] lines) =>
        Store.UseStockAsync(Input(requestId, lines) with { Mode = mode, Update = mode == UseMode.UpToZero ? HouseholdNames.Cook : HouseholdNames.Consume }, default);

    private static UseStockInput Input(string requestId, params StockLine[] lines) =>
        new(Household, requestId, "hash-" + requestId, HouseholdNames.Consume, lines, UseMode.AllOrNothing);

    private async Task<T> Scalar<T>(string sql)
    {
        await using var connection = await Database.OpenAsync(default);
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // test SQL constants
        command.CommandText = sql;
#pragma warning restore CA2100
        var value = await command.ExecuteScalarAsync();
        return (T)Convert.ChangeType(value!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
