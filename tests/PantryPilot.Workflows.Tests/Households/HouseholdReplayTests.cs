using PantryPilot.Contracts.Households;
using PantryPilot.Contracts.Serving;
using PantryPilot.Workflows.Tests.Support;
using Temporalio.Exceptions;

namespace PantryPilot.Workflows.Tests.Households;

/// <summary>Every handler path of the household workflow replayed against histories built as the server records them.
/// Expected activity inputs, timers and answers are written by hand from the contract (docs/households.md), never
/// computed by the handlers under test.</summary>
public class HouseholdReplayTests
{
    private static readonly DateOnly Day = DateOnly.FromDateTime(HouseholdHistory.Start);

    private static readonly PantryLot Rice = new(1, "rice", 5000, "g", null);
    private static readonly PantryLot Tofu = new(2, "tofu", 400, "g", new DateOnly(2026, 3, 20));

    [Fact]
    public async Task Start_KnownHousehold_LoadsThenWaitsForTheMondayDigest()
    {
        var h = new HouseholdHistory().Loaded(HouseholdHistory.Snapshot(true, Rice, Tofu));
        h.Builder.StartTimer(TimeSpan.FromHours(26));

        var replay = await HouseholdReplay.ReplayAsync(h.Build());

        Assert.Equal([HouseholdNames.LoadActivity], replay.Scheduled);
        // Loaded in the task at 06:00:00.x on Sunday; the digest is Monday 08:00 UTC: a little under 26 hours.
        var timer = Assert.Single(replay.Timers);
        Assert.InRange(timer, TimeSpan.FromHours(25.99), TimeSpan.FromHours(26));
    }

    [Fact]
    public async Task UpdateWithStart_UnknownHousehold_FailsTypedAndTheWorkflowEnds()
    {
        var h = new HouseholdHistory();
        h.Builder.WorkflowTask();
        var accepted = h.Builder.UpdateAccepted("update-1", HouseholdNames.Consume, new ConsumeRequest("r-1", [new("rice", 100, "g")]));
        var load = h.Builder.ScheduleActivity(HouseholdNames.LoadActivity, new LoadHouseholdInput(HouseholdHistory.HouseholdId));
        h.Builder.CompleteActivity(load, HouseholdHistory.Snapshot(false)).WorkflowTask();
        h.Builder.UpdateCompleted(accepted, null);
        h.Builder.WorkflowCompleted(new HouseholdOutcome(HouseholdHistory.HouseholdId, "unknown household: nothing created it"));
        var history = HouseholdHistory.Failing(h.Build(), accepted, HouseholdErrors.UnknownHousehold, "unknown");

        var replay = await HouseholdReplay.ReplayAsync(history);

        Assert.Equal([HouseholdNames.LoadActivity], replay.Scheduled);
        var outcome = Assert.IsType<HouseholdOutcome>(replay.Result);
        Assert.StartsWith("unknown household", outcome.Status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetProfile_VeganAndPescatarianInTokyo_SavesVeganWithANoteAndMovesTheDigest()
    {
        var h = new HouseholdHistory().Loaded(HouseholdHistory.Snapshot(true, Rice));
        var digest = h.Builder.StartTimer(TimeSpan.FromHours(26));
        var request = new SetProfileRequest("p-1", new HouseholdProfile(["Vegan", "pescatarian"], ["peanuts"], [], ["Japanese"], 2, UnitSystem.Metric, "Asia/Tokyo"));
        var saved = new ProfileResult("p-1", request.Profile, ["vegan"], ["vegan and pescatarian: vegan is the stricter and holds (pescatarian adds nothing to it)"]);
        var accepted = h.Accept(HouseholdNames.SetProfile, request);
        h.Activity(HouseholdNames.SaveProfileActivity, saved);
        h.Builder.UpdateCompleted(accepted, saved).CancelTimer(digest);
        h.Builder.StartTimer(TimeSpan.FromHours(17));

        var replay = await HouseholdReplay.ReplayAsync(h.Build());

        var input = Assert.IsType<SaveProfileInput>(replay.Arguments[1]);
        Assert.Equal(["vegan"], input.Result.EffectiveDiets);
        Assert.Contains("vegan is the stricter and holds", Assert.Single(input.Result.Notes), StringComparison.Ordinal);
        Assert.Equal(["Vegan", "pescatarian"], input.Result.Profile.Diets);
        // Monday 08:00 in Tokyo is Sunday 23:00 UTC: 17 hours after the 06:00 start, not 26.
        Assert.Equal(2, replay.Timers.Count);
        Assert.InRange(replay.Timers[1], TimeSpan.FromHours(16.9), TimeSpan.FromHours(17));
    }

    [Fact]
    public async Task Validators_BadInput_RejectWithTypedErrorsAndChangeNothing()
    {
        var h = new HouseholdHistory().Loaded(HouseholdHistory.Snapshot(true, Rice, Tofu));
        h.Builder.StartTimer(TimeSpan.FromHours(26));
        var errors = new Dictionary<string, string?>();
        object? before = null;
        object? after = null;
        var probe = new HandlerProbe(wait =>
        {
            before = Pantry(wait);
            string? Type(string update, object request) => (wait.Validate(update, request) as ApplicationFailureException)?.ErrorType;
            errors["unit"] = Type(HouseholdNames.Consume, new ConsumeRequest("c-1", [new("rice", 2, "bushel")]));
            errors["more than held"] = Type(HouseholdNames.Consume, new ConsumeRequest("c-2", [new("rice", 6, "kg")]));
            errors["not held"] = Type(HouseholdNames.Consume, new ConsumeRequest("c-3", [new("saffron", 1, "g")]));
            errors["negative"] = Type(HouseholdNames.Discard, new DiscardRequest("c-4", [new("rice", -5, "g")]));
            errors["absurd"] = Type(HouseholdNames.RecordPurchase, new RecordPurchaseRequest("c-5", [new("rice", 5000, "kg")]));
            errors["long name"] = Type(HouseholdNames.RecordPurchase, new RecordPurchaseRequest("c-6", [new(new string('x', 10_000), 1, "g")]));
            errors["1000 lines"] = Type(HouseholdNames.RecordPurchase, new RecordPurchaseRequest("c-7", Enumerable.Range(0, 1000).Select(i => new PurchaseLine($"item {i}", 1, "pcs")).ToList()));
            errors["diet"] = Type(HouseholdNames.SetProfile, new SetProfileRequest("c-8", HouseholdProfile.Empty with { Diets = ["vegan", "breatharian"] }));
            errors["zone"] = Type(HouseholdNames.SetProfile, new SetProfileRequest("c-9", HouseholdProfile.Empty with { TimeZone = "Mars/Olympus" }));
            errors["no id"] = Type(HouseholdNames.RequestRecipe, new RequestRecipeRequest(""));
            errors["unknown recipe"] = Type(HouseholdNames.Cook, new CookRequest("c-10", RecipeRequestId: "never-served"));
            errors["verdict"] = Type(HouseholdNames.Feedback, new FeedbackRequest("c-11", "r-1", (FeedbackVerdict)7));
            errors["grams of pieces"] = Type(HouseholdNames.Consume, new ConsumeRequest("c-12", [new("rice", 2, "pcs")]));
            errors["good"] = Type(HouseholdNames.Consume, new ConsumeRequest("c-13", [new("rice", 2, "kg")]));
            after = Pantry(wait);
        });

        await HouseholdReplay.ReplayAsync(h.Build(), probe);

        Assert.Equal(HouseholdErrors.UnknownUnit, errors["unit"]);
        Assert.Equal(HouseholdErrors.InsufficientStock, errors["more than held"]);
        Assert.Equal(HouseholdErrors.UnknownItem, errors["not held"]);
        Assert.Equal(HouseholdErrors.InvalidQuantity, errors["negative"]);
        Assert.Equal(HouseholdErrors.InvalidQuantity, errors["absurd"]);
        Assert.Equal(HouseholdErrors.InvalidName, errors["long name"]);
        Assert.Equal(HouseholdErrors.TooManyLines, errors["1000 lines"]);
        Assert.Equal(HouseholdErrors.InvalidProfile, errors["diet"]);
        Assert.Equal(HouseholdErrors.InvalidProfile, errors["zone"]);
        Assert.Equal(HouseholdErrors.InvalidRequest, errors["no id"]);
        Assert.Equal(HouseholdErrors.UnknownRecipe, errors["unknown recipe"]);
        Assert.Equal(HouseholdErrors.InvalidRequest, errors["verdict"]);
        Assert.Equal(HouseholdErrors.IncompatibleUnit, errors["grams of pieces"]);
        Assert.Null(errors["good"]);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(before), System.Text.Json.JsonSerializer.Serialize(after));
    }

    [Fact]
    public async Task Consume_Accepted_TakesAllOrNothingAndThePantryShowsTheRest()
    {
        var h = new HouseholdHistory().Loaded(HouseholdHistory.Snapshot(true, Rice, Tofu));
        var digest = h.Builder.StartTimer(TimeSpan.FromHours(26));
        var consumed = new StockChangeResult("c-1", [new(1, "rice", "g", 5000, 4750, null)], [], []);
        h.Update(HouseholdNames.Consume, new ConsumeRequest("c-1", [new("rice", 0.25, "kg")]), HouseholdNames.ConsumeActivity, consumed);
        FireDigest(h, digest);
        PantryView? pantry = null;
        var probe = new HandlerProbe(_ => { }, atActivity: (type, calls) => pantry = type == HouseholdNames.NotifyActivity ? (PantryView?)calls.Query(HouseholdNames.PantryQuery) : pantry);

        var replay = await HouseholdReplay.ReplayAsync(h.Build(), probe);

        var input = Assert.IsType<UseStockInput>(replay.Arguments[1]);
        Assert.Equal((HouseholdNames.Consume, UseMode.AllOrNothing, "c-1"), (input.Update, input.Mode, input.RequestId));
        Assert.Equal([new StockLine("rice", 0.25, "kg")], input.Lines);
        Assert.Equal(64, input.PayloadHash.Length);
        Assert.Contains(new PantryItemView("rice", 4750, "g", 1, null), pantry!.Items);
        var notice = Assert.IsType<HouseholdNotification>(replay.Arguments[2]);
        Assert.Equal((NotificationKind.WeeklyDigest, "digest-U000042-20260302"), (notice.Kind, notice.Id));
    }

    [Fact]
    public async Task SameRequestAgain_AnsweredFromMemoryWithoutAnActivity_AnotherPayloadUnderTheIdIsRefused()
    {
        var h = new HouseholdHistory().Loaded(HouseholdHistory.Snapshot(true, Rice));
        var digest = h.Builder.StartTimer(TimeSpan.FromHours(26));
        var request = new ConsumeRequest("c-1", [new("rice", 100, "g")]);
        var consumed = new StockChangeResult("c-1", [new(1, "rice", "g", 5000, 4900, null)], [], []);
        h.Update(HouseholdNames.Consume, request, HouseholdNames.ConsumeActivity, consumed);
        var again = h.Accept(HouseholdNames.Consume, request with { Lines = [new("rice", 100, "g")] });
        h.Builder.UpdateCompleted(again, consumed);
        FireDigest(h, digest);
        string? reused = null;
        string? same = null;
        var probe = new HandlerProbe(_ => { }, atActivity: (type, calls) =>
        {
            if (type == HouseholdNames.NotifyActivity)
            {
                reused = (calls.Validate(HouseholdNames.Consume, new ConsumeRequest("c-1", [new("rice", 200, "g")])) as ApplicationFailureException)?.ErrorType;
                same = (calls.Validate(HouseholdNames.Consume, request) as ApplicationFailureException)?.ErrorType;
            }
        });

        var replay = await HouseholdReplay.ReplayAsync(h.Build(), probe);

        // One consume activity for two deliveries of the same request (a second one would not replay).
        Assert.Equal([HouseholdNames.LoadActivity, HouseholdNames.ConsumeActivity, HouseholdNames.NotifyActivity], replay.Scheduled);
        Assert.Equal(HouseholdErrors.DuplicateRequest, reused);
        Assert.Null(same);
    }

    [Fact]
    public async Task Reminder_CancelledWhenAConsumeUsesTheLotUp()
    {
        var milk = new PantryLot(3, "milk", 1, "l", new DateOnly(2026, 3, 3));
        var h = new HouseholdHistory().Loaded(HouseholdHistory.Snapshot(true, Rice, milk));
        var reminder = h.Builder.StartTimer(TimeSpan.FromHours(3));
        var used = new StockChangeResult("c-1", [new(3, "milk", "l", 1, 0, new DateOnly(2026, 3, 3))], [], []);
        h.Update(HouseholdNames.Consume, new ConsumeRequest("c-1", [new("milk", 1000, "ml")]), HouseholdNames.ConsumeActivity, used);
        h.Builder.CancelTimer(reminder);
        h.Builder.StartTimer(TimeSpan.FromHours(26));

        var replay = await HouseholdReplay.ReplayAsync(h.Build());

        // 09:00 two days before 2026-03-03, then (the lot gone) Monday's digest at 08:00.
        Assert.Equal(2, replay.Timers.Count);
        Assert.InRange(replay.Timers[0], TimeSpan.FromHours(2.99), TimeSpan.FromHours(3));
        Assert.InRange(replay.Timers[1], TimeSpan.FromHours(25.9), TimeSpan.FromHours(26));
    }

    [Fact]
    public async Task Reminder_ConsumeHistoryWithoutTheCancel_IsNotThisWorkflow()
    {
        var milk = new PantryLot(3, "milk", 1, "l", new DateOnly(2026, 3, 3));
        var h = new HouseholdHistory().Loaded(HouseholdHistory.Snapshot(true, Rice, milk));
        h.Builder.StartTimer(TimeSpan.FromHours(3));
        var used = new StockChangeResult("c-1", [new(3, "milk", "l", 1, 0, new DateOnly(2026, 3, 3))], [], []);
        h.Update(HouseholdNames.Consume, new ConsumeRequest("c-1", [new("milk", 1000, "ml")]), HouseholdNames.ConsumeActivity, used);
        h.Builder.WorkflowTask();
        h.Builder.ScheduleActivity(HouseholdNames.NotifyActivity);

        await Assert.ThrowsAsync<WorkflowNondeterminismException>(() => HouseholdReplay.ReplayAsync(h.Build()));
    }

    [Fact]
    public async Task Reminder_FiresThroughTheNotifierThenTheDigestIsArmed()
    {
        var milk = new PantryLot(3, "milk", 1, "l", new DateOnly(2026, 3, 3));
        var h = new HouseholdHistory().Loaded(HouseholdHistory.Snapshot(true, Rice, milk));
        var reminder = h.Builder.StartTimer(TimeSpan.FromHours(3));
        h.Builder.Advance(TimeSpan.FromHours(3)).FireTimer(reminder);
        h.Builder.WorkflowTask();
        h.Activity(HouseholdNames.NotifyActivity, new NotificationReceipt("x", "file", "/n/x.json", false));
        h.Builder.StartTimer(TimeSpan.FromHours(23));

        var replay = await HouseholdReplay.ReplayAsync(h.Build());

        var notice = Assert.IsType<HouseholdNotification>(replay.Arguments[1]);
        Assert.Equal((NotificationKind.ExpiryReminder, "milk expires on 2026-03-03"), (notice.Kind, notice.Title));
        Assert.Equal(["milk (expires 2026-03-03)"], notice.Items);
        Assert.StartsWith("expiry-U000042-", notice.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestRecipe_FifthRequest_IsAPreferencePairServedOnTheServingQueue()
    {
        var carry = Carry(recipesServed: 4, lots: [Rice, Tofu]);
        var h = new HouseholdHistory(carry);
        h.Builder.WorkflowTask();
        h.Builder.StartTimer(TimeSpan.FromHours(26));
        var request = new RequestRecipeRequest("r-5", "a quick dinner", Diets: ["vegetarian"]);
        var pantry = new ServingPantryItem[] { new("tofu", 400, "g", new DateOnly(2026, 3, 20)), new("rice", 5000, "g", null) };
        var served = new ServeRecipeOutput(Answer("iter-0001000"), Answer("base"), ["vegetarian"]);
        var accepted = h.Accept(HouseholdNames.RequestRecipe, request);
        h.Activity(HouseholdNames.PrepareRecipeActivity, new PreparedRecipe(null, pantry, 2, []));
        h.Activity(ServingNames.ServeActivity, served);
        var answer = new RecipeAnswer("r-5", RecipeAnswerKind.PreferencePair, [new("a", served.Answer), new("b", served.BaseComparison!)], ["vegetarian"], 2, [], HouseholdHistory.Start);
        h.Activity(HouseholdNames.RecordRecipeActivity, answer);
        h.Builder.UpdateCompleted(accepted, answer);

        var replay = await HouseholdReplay.ReplayAsync(h.Build());

        Assert.Equal([HouseholdNames.PrepareRecipeActivity, ServingNames.ServeActivity, HouseholdNames.RecordRecipeActivity], replay.Scheduled);
        var serve = Assert.IsType<ServeRecipeInput>(replay.Arguments[1]);
        Assert.True(serve.Compare);
        Assert.Equal(["vegetarian"], serve.Diets);
        Assert.Equal(pantry, serve.Pantry);
        Assert.Equal(ServingNames.TaskQueue, replay.Options[1].TaskQueue);
        var recorded = Assert.IsType<RecordRecipeInput>(replay.Arguments[2]);
        Assert.Equal(RecipeAnswerKind.PreferencePair, recorded.Answer.Kind);
        Assert.Equal(["a", "b"], recorded.Answer.Options.Select(o => o.Label));
        Assert.Equal(["base", "iter-0001000"], recorded.Answer.Options.Select(o => o.Answer.Adapter).Order());
    }

    [Fact]
    public async Task Cook_ServedRecipe_DeductsItsIngredientsUpToZero()
    {
        var recipe = new KnownRecipe("r-9", [new("a", "Tofu rice bowl", [new("tofu", 200, "g"), new("rice", 0.1, "kg")])]);
        var h = new HouseholdHistory(Carry(lots: [Rice, Tofu], recipes: [recipe]));
        h.Builder.WorkflowTask();
        h.Builder.StartTimer(TimeSpan.FromHours(26));
        var cooked = new StockChangeResult("k-1", [new(2, "tofu", "g", 400, 200, Tofu.Expires), new(1, "rice", "g", 5000, 4900, null)], [], []);
        h.Update(HouseholdNames.Cook, new CookRequest("k-1", RecipeRequestId: "r-9", Portions: 1), HouseholdNames.CookActivity, cooked);

        var replay = await HouseholdReplay.ReplayAsync(h.Build());

        var input = Assert.IsType<UseStockInput>(Assert.Single(replay.Arguments));
        Assert.Equal((HouseholdNames.Cook, UseMode.UpToZero), (input.Update, input.Mode));
        Assert.Equal([new StockLine("tofu", 200, "g"), new StockLine("rice", 0.1, "kg")], input.Lines);
        Assert.Equal("recipe r-9 option a: Tofu rice bowl", input.Note);
    }

    private static PantryView Pantry(HandlerProbe.Calls calls) => (PantryView)calls.Query(HouseholdNames.PantryQuery)!;

    /// <summary>Monday 08:00: the digest's timer fires and the workflow sends it.</summary>
    private static void FireDigest(HouseholdHistory h, long digest)
    {
        h.Builder.Advance(TimeSpan.FromHours(26)).FireTimer(digest);
        h.Builder.WorkflowTask();
        h.Activity(HouseholdNames.NotifyActivity, new NotificationReceipt("digest", "file", "/n/digest.json", false));
    }

    private static ServedAnswer Answer(string adapter) => new(
        ServingOutcome.Recipe,
        new ServedRecipe("Tofu rice bowl", "Japanese", 20, [new("tofu", 200, "g"), new("rice", 100, "g")], [], ["Cook the rice.", "Fry the tofu."]),
        [], "tiny-gpt2", adapter, "<|user|>...", [], 0, 1, 80);

    private static HouseholdCarry Carry(int recipesServed = 0, PantryLot[]? lots = null, KnownRecipe[]? recipes = null) => new(
        true, HouseholdProfile.Empty, [], lots ?? [], 0, [], new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc), [], recipes ?? [], [], recipesServed, 1);
}
