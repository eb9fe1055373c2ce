using PantryPilot.Contracts.Households;
using PantryPilot.Contracts.Notifications;
using PantryPilot.Workflows.Tests.Support;
using Temporalio.Exceptions;

namespace PantryPilot.Workflows.Tests.Households;

/// <summary>Release 2 of the household (plans, minimums, cook releasing a plan, the digest through
/// send-notification) replayed against histories built as the server records them. Every expected input and line is
/// written by hand: the household starts Sunday 2026-03-01 06:00 UTC, UTC, metric; the served recipe r-1 is tofu 200 g
/// and rice 100 g; Monday 2026-03-02 is in ISO week 10 of 2026 (week 1 began Monday 2025-12-29, nine weeks
/// earlier).</summary>
public class HouseholdPlanReplayTests
{
    private static readonly DateOnly Sunday = new(2026, 3, 1);

    [Fact]
    public async Task PlanCookDigest_ReservesSendsThePlanReleasesItOnCookAndDigestsTheWeek()
    {
        PlansView? planned = null;
        PlansView? afterCook = null;
        var probe = new HandlerProbe(_ => { }, atActivity: (type, calls) =>
        {
            if (type == HouseholdNames.ShoppingListActivity)
            {
                planned ??= (PlansView?)calls.Query(HouseholdNames.PlansQuery);
            }
            else if (type == NotificationNames.SendActivity)
            {
                afterCook = (PlansView?)calls.Query(HouseholdNames.PlansQuery);
            }
        });

        var replay = await HouseholdReplay.ReplayAsync(HouseholdPaths.PlanCookDigest(), probe);

        Assert.Null(replay.Error);
        Assert.Equal(
            [
                HouseholdNames.LoadActivity, HouseholdNames.PrepareRecipeActivity, "serve-recipe", HouseholdNames.RecordRecipeActivity,
                HouseholdNames.ShoppingListActivity, HouseholdNames.CookActivity, HouseholdNames.ShoppingListActivity, NotificationNames.SendActivity,
            ],
            replay.Scheduled);

        // The plan: r-1 twice on Tuesday reserves tofu 2 x 200 = 400 g and rice 2 x 100 = 200 g.
        var plan = Assert.Single(planned!.Plans);
        Assert.Equal([new StockLine("tofu", 400, "g"), new StockLine("rice", 200, "g")], plan.Ingredients);
        Assert.Equal((new DateOnly(2026, 3, 3), "a", 2.0), (plan.Date, plan.Option, plan.Portions));
        var list = Assert.IsType<ShoppingListInput>(replay.Arguments[4]);
        Assert.Equal((HouseholdHistory.HouseholdId, 7, Sunday, UnitSystem.Metric), (list.HouseholdId, list.Days, list.Today, list.Units));
        Assert.Equal([plan], list.Plans!);
        Assert.Equal([new MinStockSetting("rice", 1, "kg")], list.MinStocks!);

        // Cooking r-1 released the plan: the digest's list is asked without plans, with the minimum, on Monday.
        Assert.Empty(afterCook!.Plans);
        var digestList = Assert.IsType<ShoppingListInput>(replay.Arguments[6]);
        Assert.Null(digestList.Plans);
        Assert.Equal((7, new DateOnly(2026, 3, 2)), (digestList.Days, digestList.Today));

        var sent = Assert.IsType<SendNotificationInput>(replay.Arguments[7]);
        var digest = Assert.IsType<WeeklyDigestEvent>(sent.Event);
        Assert.Equal("weekly-digest:U000042:2026-W10", digest.EventId);
        Assert.Equal(new DateOnly(2026, 3, 2), digest.WeekStarting);
        Assert.Equal(["rice: 1 kg (below min stock; for Tofu rice bowl)"], digest.ShoppingList!);
        Assert.Equal(["milk: about 400 ml left when it expires on 2026-03-04"], digest.ExpiresBeforeUse!);
        Assert.Equal((1, 1, 0), (digest.RecipesCooked, digest.LowStockItems, digest.ItemsExpired));
        Assert.Equal(["1 item to buy for the next 7 days", "1 lot will expire before you use it"], digest.Highlights);
        Assert.Null(sent.Channels);
    }

    [Fact]
    public async Task Validators_BadPlansAndMinimums_RejectTypedBeforeAnything()
    {
        var h = new HouseholdHistory().Loaded(HouseholdHistory.Snapshot(true, HouseholdPaths.Rice, HouseholdPaths.Tofu));
        h.Builder.StartTimer(TimeSpan.FromHours(26));
        HouseholdPaths.Serve(h, "r-1");
        var planned = h.Accept(HouseholdNames.PlanRecipe, new PlanRecipeRequest("p-1", "r-1", new DateOnly(2026, 3, 3)));
        h.Builder.UpdateCompleted(planned, HouseholdPaths.Plan with { Portions = 1, Ingredients = [new("tofu", 200, "g"), new("rice", 100, "g")] });
        h.Update(HouseholdNames.ShoppingList, new ShoppingListRequest(7), HouseholdNames.ShoppingListActivity, HouseholdPaths.Week(Sunday));
        var errors = new Dictionary<string, string?>();
        var probe = new HandlerProbe(_ => { }, atActivity: (type, wait) =>
        {
            if (type != HouseholdNames.ShoppingListActivity)
            {
                return;
            }

            string? Type(string update, object request) => (wait.Validate(update, request) as ApplicationFailureException)?.ErrorType;
            errors["yesterday"] = Type(HouseholdNames.PlanRecipe, new PlanRecipeRequest("p-2", "r-1", new DateOnly(2026, 2, 28)));
            errors["61 days"] = Type(HouseholdNames.PlanRecipe, new PlanRecipeRequest("p-3", "r-1", new DateOnly(2026, 5, 1)));
            errors["60 days"] = Type(HouseholdNames.PlanRecipe, new PlanRecipeRequest("p-4", "r-1", new DateOnly(2026, 4, 30)));
            errors["never served"] = Type(HouseholdNames.PlanRecipe, new PlanRecipeRequest("p-5", "r-9", Sunday));
            errors["option b"] = Type(HouseholdNames.PlanRecipe, new PlanRecipeRequest("p-6", "r-1", Sunday, "b"));
            errors["no portions"] = Type(HouseholdNames.PlanRecipe, new PlanRecipeRequest("p-7", "r-1", Sunday, Portions: 0));
            errors["p-1 again"] = Type(HouseholdNames.PlanRecipe, new PlanRecipeRequest("p-1", "r-1", new DateOnly(2026, 3, 3)));
            errors["p-1 other day"] = Type(HouseholdNames.PlanRecipe, new PlanRecipeRequest("p-1", "r-1", new DateOnly(2026, 3, 4)));
            errors["blank plan id"] = Type(HouseholdNames.PlanRecipe, new PlanRecipeRequest(" ", "r-1", Sunday));
            errors["cancel unknown"] = Type(HouseholdNames.CancelPlan, new CancelPlanRequest("p-9"));
            errors["cancel p-1"] = Type(HouseholdNames.CancelPlan, new CancelPlanRequest("p-1"));
            errors["min negative"] = Type(HouseholdNames.MinStock, new SetMinStockRequest("m-1", "rice", -1, "kg"));
            errors["min bushel"] = Type(HouseholdNames.MinStock, new SetMinStockRequest("m-2", "rice", 1, "bushel"));
            errors["min NaN"] = Type(HouseholdNames.MinStock, new SetMinStockRequest("m-3", "rice", double.NaN, "kg"));
            errors["min no name"] = Type(HouseholdNames.MinStock, new SetMinStockRequest("m-4", "", 1, "kg"));
            errors["min absurd"] = Type(HouseholdNames.MinStock, new SetMinStockRequest("m-5", "rice", 5000, "kg"));
            errors["min zero"] = Type(HouseholdNames.MinStock, new SetMinStockRequest("m-6", "rice", 0, "kg"));
            errors["min good"] = Type(HouseholdNames.MinStock, new SetMinStockRequest("m-7", "Rice", 2, "lb"));
        });

        await HouseholdReplay.ReplayAsync(h.Build(), probe);

        Assert.Equal(HouseholdErrors.InvalidRequest, errors["yesterday"]);
        Assert.Equal(HouseholdErrors.InvalidRequest, errors["61 days"]);
        Assert.Null(errors["60 days"]);
        Assert.Equal(HouseholdErrors.UnknownRecipe, errors["never served"]);
        Assert.Equal(HouseholdErrors.UnknownRecipe, errors["option b"]);
        Assert.Equal(HouseholdErrors.InvalidQuantity, errors["no portions"]);
        Assert.Null(errors["p-1 again"]);
        Assert.Equal(HouseholdErrors.DuplicateRequest, errors["p-1 other day"]);
        Assert.Equal(HouseholdErrors.InvalidRequest, errors["blank plan id"]);
        Assert.Equal(HouseholdErrors.UnknownPlan, errors["cancel unknown"]);
        Assert.Null(errors["cancel p-1"]);
        Assert.Equal(HouseholdErrors.InvalidQuantity, errors["min negative"]);
        Assert.Equal(HouseholdErrors.UnknownUnit, errors["min bushel"]);
        Assert.Equal(HouseholdErrors.InvalidQuantity, errors["min NaN"]);
        Assert.Equal(HouseholdErrors.InvalidName, errors["min no name"]);
        Assert.Equal(HouseholdErrors.InvalidQuantity, errors["min absurd"]);
        Assert.Null(errors["min zero"]);
        Assert.Null(errors["min good"]);
    }

    [Fact]
    public async Task CancelPlan_DropsThePlan_SentAgainGetsTheFirstAnswer()
    {
        var h = new HouseholdHistory().Loaded(HouseholdHistory.Snapshot(true, HouseholdPaths.Rice, HouseholdPaths.Tofu));
        h.Builder.StartTimer(TimeSpan.FromHours(26));
        HouseholdPaths.Serve(h, "r-1");
        var plan = HouseholdPaths.Plan with { Portions = 1, Ingredients = [new("tofu", 200, "g"), new("rice", 100, "g")] };
        var planned = h.Accept(HouseholdNames.PlanRecipe, new PlanRecipeRequest("p-1", "r-1", new DateOnly(2026, 3, 3)));
        h.Builder.UpdateCompleted(planned, plan);
        var answer = new CancelPlanResult("p-1", plan, []);
        var cancelled = h.Accept(HouseholdNames.CancelPlan, new CancelPlanRequest("p-1"));
        h.Builder.UpdateCompleted(cancelled, answer);
        var again = h.Accept(HouseholdNames.CancelPlan, new CancelPlanRequest("p-1"));
        h.Builder.UpdateCompleted(again, answer);
        h.Update(HouseholdNames.ShoppingList, new ShoppingListRequest(7), HouseholdNames.ShoppingListActivity, HouseholdPaths.Week(Sunday));
        PlansView? plans = null;
        var probe = new HandlerProbe(_ => { }, atActivity: (type, calls) =>
            plans = type == HouseholdNames.ShoppingListActivity ? (PlansView?)calls.Query(HouseholdNames.PlansQuery) : plans);

        var replay = await HouseholdReplay.ReplayAsync(h.Build(), probe);

        Assert.Null(replay.Error);
        Assert.Empty(plans!.Plans);
    }

    [Fact]
    public async Task Digest_Release2_MarkerRecordedAtTheDigest_SendsThroughTheNotificationsQueue()
    {
        var h = new HouseholdHistory().Loaded(HouseholdHistory.Snapshot(true, HouseholdPaths.Rice));
        var timer = h.Builder.StartTimer(TimeSpan.FromHours(26));
        h.Builder.Advance(TimeSpan.FromHours(26)).FireTimer(timer);
        h.Builder.WorkflowTask();
        h.Builder.Patched("household.release-2");
        var empty = new ShoppingListView(HouseholdHistory.HouseholdId, new DateOnly(2026, 3, 2), 7, UnitSystem.Metric, 1, [], [], []);
        h.Activity(HouseholdNames.ShoppingListActivity, empty);
        h.Activity(NotificationNames.SendActivity, new SendNotificationOutput("weekly-digest:U000042:2026-W10", "weekly-digest", []));
        h.Builder.StartTimer(TimeSpan.FromDays(7));

        var replay = await HouseholdReplay.ReplayAsync(h.Build());

        Assert.Equal([HouseholdNames.LoadActivity, HouseholdNames.ShoppingListActivity, NotificationNames.SendActivity], replay.Scheduled);
        Assert.Equal(NotificationNames.TaskQueue, replay.Options[2].TaskQueue);
        var digest = Assert.IsType<WeeklyDigestEvent>(Assert.IsType<SendNotificationInput>(replay.Arguments[2]).Event);
        Assert.Equal("weekly-digest:U000042:2026-W10", digest.EventId);
        Assert.Empty(digest.ShoppingList!);
        Assert.Equal(["0 items to buy for the next 7 days"], digest.Highlights);
    }
}
