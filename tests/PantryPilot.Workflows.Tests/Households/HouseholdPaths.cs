using PantryPilot.Contracts.Households;
using PantryPilot.Contracts.Notifications;
using PantryPilot.Contracts.Serving;
using Temporalio.Common;

namespace PantryPilot.Workflows.Tests.Households;

/// <summary>The released (v1) paths of the household workflow as histories, frozen as JSON in Households/Histories.</summary>
public static class HouseholdPaths
{
    public static readonly PantryLot Rice = new(1, "rice", 5000, "g", null);
    public static readonly PantryLot Tofu = new(2, "tofu", 400, "g", new DateOnly(2026, 3, 20));

    public static Dictionary<string, Func<WorkflowHistory>> All() => new()
    {
        ["v1-household-day"] = Day,
        ["v1-household-unknown"] = Unknown,
        ["v1-household-reminder-cancelled"] = ReminderCancelled,
        ["v1-household-next-run-carries-timers"] = NextRun,
        ["v2-household-plan-cook-digest"] = PlanCookDigest,
        ["v3-household-list-refresh"] = ListRefresh,
    };

    /// <summary>Release 3: the run computes its list after the load (the patch marker is recorded there), a purchase
    /// makes it stale, and once updates have been quiet for 10 s a durable timer fires and the list is computed again;
    /// then the digest timer is armed for what is left of the 26 hours. Lists and changes as <see cref="ListBefore"/>
    /// and <see cref="ListAfter"/>.</summary>
    public static WorkflowHistory ListRefresh()
    {
        var h = new HouseholdHistory().Loaded(HouseholdHistory.Snapshot(true, Rice with { Quantity = 400 }));
        h.Builder.Patched("household.release-3");
        h.Activity(HouseholdNames.ShoppingListActivity, ListBefore);
        var digest = h.Builder.StartTimer(TimeSpan.FromHours(26));

        var bought = new StockChangeResult("b-1", [new(3, "rice", "g", 0, 1000, null)], [], []);
        var purchase = new RecordPurchaseRequest("b-1", [new PurchaseLine("rice", 1000, "g")]);
        h.Update(HouseholdNames.RecordPurchase, purchase, HouseholdNames.RecordPurchaseActivity, bought);
        h.Builder.CancelTimer(digest);
        var quiet = h.Builder.StartTimer(TimeSpan.FromSeconds(10));

        h.Builder.Advance(TimeSpan.FromSeconds(10)).FireTimer(quiet);
        h.Builder.WorkflowTask();
        h.Activity(HouseholdNames.ShoppingListActivity, ListAfter);
        h.Builder.StartTimer(TimeSpan.FromHours(26) - TimeSpan.FromSeconds(10));
        return h.Build();
    }

    /// <summary>Before the purchase: rice 400 g at 100 g a day runs out on Thursday; the week needs 700 g, one 1 kg
    /// pack.</summary>
    public static readonly ShoppingListView ListBefore = new(
        HouseholdHistory.HouseholdId, new DateOnly(2026, 3, 1), 7, UnitSystem.Metric, 1,
        [new("HH-rice", "rice", null, ["runs_out"], "g", 400, 100, "purchase_history", 300, 1000, 1, 1000, "1 kg", new DateOnly(2026, 3, 5))],
        [],
        []);

    /// <summary>After it: 1,400 g last the week; nothing to buy.</summary>
    public static readonly ShoppingListView ListAfter = ListBefore with { Items = [] };

    /// <summary>The plan of <see cref="PlanCookDigest"/>: r-1 (tofu 200 g, rice 100 g) twice, on Tuesday.</summary>
    public static readonly PlannedRecipe Plan = new(
        "p-1", "r-1", "a", "Tofu rice bowl", new DateOnly(2026, 3, 3), 2, [new("tofu", 400, "g"), new("rice", 200, "g")]);

    public static readonly MinStockSetting RiceMinimum = new("rice", 1, "kg");

    /// <summary>Release 2: a recipe served and planned for Tuesday (twice), a minimum for rice, the shopping list with
    /// both, the cook that releases the plan (the patch marker is recorded there), and Monday's digest through
    /// send-notification with the list for the week.</summary>
    public static WorkflowHistory PlanCookDigest()
    {
        var h = new HouseholdHistory().Loaded(HouseholdHistory.Snapshot(true, Rice, Tofu));
        var digest = h.Builder.StartTimer(TimeSpan.FromHours(26));
        Serve(h, "r-1");

        var planned = h.Accept(HouseholdNames.PlanRecipe, new PlanRecipeRequest("p-1", "r-1", Plan.Date, Portions: 2));
        h.Builder.UpdateCompleted(planned, Plan);
        var minimum = h.Accept(HouseholdNames.MinStock, new SetMinStockRequest("m-1", "rice", 1, "kg"));
        h.Builder.UpdateCompleted(minimum, new MinStockResult("m-1", "rice", RiceMinimum, [RiceMinimum]));
        h.Update(HouseholdNames.ShoppingList, new ShoppingListRequest(7), HouseholdNames.ShoppingListActivity, Week(new DateOnly(2026, 3, 1)));

        var cooked = new StockChangeResult("k-1", [new(2, "tofu", "g", 400, 0, Tofu.Expires), new(1, "rice", "g", 5000, 4900, null)], [], []);
        var cook = h.Accept(HouseholdNames.Cook, new CookRequest("k-1", "r-1"));
        h.Activity(HouseholdNames.CookActivity, cooked);
        h.Builder.Patched("household.release-2");
        h.Builder.UpdateCompleted(cook, cooked);

        h.Builder.Advance(TimeSpan.FromHours(26)).FireTimer(digest);
        h.Builder.WorkflowTask();
        h.Activity(HouseholdNames.ShoppingListActivity, Week(new DateOnly(2026, 3, 2)));
        h.Activity(NotificationNames.SendActivity, new SendNotificationOutput("weekly-digest:U000042:2026-W10", "weekly-digest", [new("file", DeliveryStatus.Delivered, 1, "")]));
        h.Builder.StartTimer(TimeSpan.FromDays(7));
        return h.Build();
    }

    /// <summary>A shopping list answer: rice, 1 kg to reach the minimum.</summary>
    public static ShoppingListView Week(DateOnly asOf) => new(
        HouseholdHistory.HouseholdId, asOf, 7, UnitSystem.Metric, 2,
        [new("HH-rice", "rice", null, ["below_min_stock"], "g", 4800, 100, "purchase_history", 900, 1000, 1, 1000, "1 kg", null, 200, ["Tofu rice bowl"])],
        [],
        [new("HH-milk", "milk", new DateOnly(2026, 3, 4), 400, "ml", new DateOnly(2026, 3, 6))]);

    /// <summary>A request-recipe served and recorded (<see cref="Recipe"/>).</summary>
    public static void Serve(HouseholdHistory h, string requestId)
    {
        var answer = Recipe(requestId);
        var accepted = h.Accept(HouseholdNames.RequestRecipe, new RequestRecipeRequest(requestId, "dinner"));
        h.Activity(HouseholdNames.PrepareRecipeActivity, new PreparedRecipe(null, [new("tofu", 400, "g", Tofu.Expires), new("rice", 5000, "g", null)], 2, []));
        h.Activity(ServingNames.ServeActivity, new ServeRecipeOutput(answer.Options[0].Answer, null, []));
        h.Activity(HouseholdNames.RecordRecipeActivity, answer);
        h.Builder.UpdateCompleted(accepted, answer);
    }

    /// <summary>A household's day: profile, a purchase (its reminder re-arms the timer), a consume, a recipe, a cook,
    /// a like, then the reminder fires.</summary>
    public static WorkflowHistory Day()
    {
        var h = new HouseholdHistory().Loaded(HouseholdHistory.Snapshot(true, Rice, Tofu));
        var digest = h.Builder.StartTimer(TimeSpan.FromHours(26));
        var profile = new SetProfileRequest("p-1", new HouseholdProfile(["vegetarian"], ["peanuts"], [], ["Japanese"], 2));
        var saved = new ProfileResult("p-1", profile.Profile, ["vegetarian"], []);
        h.Update(HouseholdNames.SetProfile, profile, HouseholdNames.SaveProfileActivity, saved);

        var milk = new PurchaseLine("milk", 1, "l", 1.19, new DateOnly(2026, 3, 3));
        var bought = new StockChangeResult("b-1", [new(3, "milk", "l", 0, 1, milk.Expires)], [], []);
        h.Update(HouseholdNames.RecordPurchase, new RecordPurchaseRequest("b-1", [milk]), HouseholdNames.RecordPurchaseActivity, bought);
        h.Builder.CancelTimer(digest);
        var reminder = h.Builder.StartTimer(TimeSpan.FromHours(3));

        var used = new StockChangeResult("c-1", [new(1, "rice", "g", 5000, 4800, null)], [], []);
        h.Update(HouseholdNames.Consume, new ConsumeRequest("c-1", [new("rice", 200, "g")]), HouseholdNames.ConsumeActivity, used);

        var answer = Recipe("r-1");
        var accepted = h.Accept(HouseholdNames.RequestRecipe, new RequestRecipeRequest("r-1", "dinner"));
        h.Activity(HouseholdNames.PrepareRecipeActivity, new PreparedRecipe(null, [new("tofu", 400, "g", Tofu.Expires), new("rice", 4800, "g", null)], 2, []));
        h.Activity(ServingNames.ServeActivity, new ServeRecipeOutput(answer.Options[0].Answer, null, ["vegetarian"]));
        h.Activity(HouseholdNames.RecordRecipeActivity, answer);
        h.Builder.UpdateCompleted(accepted, answer);

        var cooked = new StockChangeResult("k-1", [new(2, "tofu", "g", 400, 200, Tofu.Expires), new(1, "rice", "g", 4800, 4700, null)], [], []);
        h.Update(HouseholdNames.Cook, new CookRequest("k-1", "r-1"), HouseholdNames.CookActivity, cooked);
        var liked = new FeedbackResult("f-1", "r-1", FeedbackVerdict.Like, "a", "tiny-gpt2", "base");
        h.Update(HouseholdNames.Feedback, new FeedbackRequest("f-1", "r-1", FeedbackVerdict.Like, Reason: "quick"), HouseholdNames.RecordFeedbackActivity, liked);

        h.Builder.Advance(TimeSpan.FromHours(3)).FireTimer(reminder);
        h.Builder.WorkflowTask();
        h.Activity(HouseholdNames.NotifyActivity, new NotificationReceipt("expiry", "file", "/n/expiry.json", false));
        h.Builder.StartTimer(TimeSpan.FromHours(23));
        return h.Build();
    }

    public static WorkflowHistory Unknown()
    {
        var h = new HouseholdHistory();
        h.Builder.WorkflowTask();
        var accepted = h.Builder.UpdateAccepted("update-1", HouseholdNames.Consume, new ConsumeRequest("r-1", [new("rice", 100, "g")]));
        var load = h.Builder.ScheduleActivity(HouseholdNames.LoadActivity, new LoadHouseholdInput(HouseholdHistory.HouseholdId));
        h.Builder.CompleteActivity(load, HouseholdHistory.Snapshot(false)).WorkflowTask();
        h.Builder.UpdateCompleted(accepted, null);
        h.Builder.WorkflowCompleted(new HouseholdOutcome(HouseholdHistory.HouseholdId, "unknown household: nothing created it"));
        return HouseholdHistory.Failing(h.Build(), accepted, HouseholdErrors.UnknownHousehold, "household 'U000042' is unknown");
    }

    public static WorkflowHistory ReminderCancelled()
    {
        var milk = new PantryLot(3, "milk", 1, "l", new DateOnly(2026, 3, 3));
        var h = new HouseholdHistory().Loaded(HouseholdHistory.Snapshot(true, Rice, milk));
        var reminder = h.Builder.StartTimer(TimeSpan.FromHours(3));
        var used = new StockChangeResult("c-1", [new(3, "milk", "l", 1, 0, milk.Expires)], [], []);
        h.Update(HouseholdNames.Consume, new ConsumeRequest("c-1", [new("milk", 1000, "ml")]), HouseholdNames.ConsumeActivity, used);
        h.Builder.CancelTimer(reminder);
        h.Builder.StartTimer(TimeSpan.FromHours(26));
        return h.Build();
    }

    public static WorkflowHistory NextRun()
    {
        var milk = new PantryLot(3, "milk", 1, "l", new DateOnly(2026, 3, 3));
        var carry = new HouseholdCarry(true, HouseholdProfile.Empty, [], [Rice, milk], 0, [new(3, "milk", new DateOnly(2026, 3, 3), HouseholdHistory.Start.AddHours(3))],
            new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc), [], [], [], 7, 2);
        var h = new HouseholdHistory(carry);
        h.Builder.WorkflowTask();
        h.Builder.StartTimer(TimeSpan.FromHours(3));
        return h.Build();
    }

    public static RecipeAnswer Recipe(string requestId) => new(
        requestId,
        RecipeAnswerKind.Single,
        [new("a", new ServedAnswer(
            ServingOutcome.Recipe,
            new ServedRecipe("Tofu rice bowl", "Japanese", 20, [new("tofu", 200, "g"), new("rice", 100, "g")], ["spring onion"], ["Cook the rice.", "Fry the tofu."]),
            [], "tiny-gpt2", "base", "<|system|>...<|end|>", [], 0, 1, 80))],
        ["vegetarian"],
        2,
        [],
        HouseholdHistory.Start);
}
