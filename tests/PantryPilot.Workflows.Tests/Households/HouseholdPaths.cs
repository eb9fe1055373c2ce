using PantryPilot.Contracts.Households;
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
    };

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
