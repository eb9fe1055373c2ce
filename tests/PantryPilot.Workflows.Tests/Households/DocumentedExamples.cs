using PantryPilot.Contracts.Households;
using PantryPilot.Contracts.Serving;

namespace PantryPilot.Workflows.Tests.Households;

/// <summary>The payloads docs/households.md shows, written here as typed values: the documentation test serializes
/// each with the payload policy and holds the document's JSON to it, so the docs cannot drift from the contract.</summary>
public static class DocumentedExamples
{
    private static readonly DateOnly Tofu = new(2026, 12, 12);

    private static readonly PlannedRecipe Plan = new(
        "plan-0048", "r-0045", "a", "Tofu and rice bowl", new DateOnly(2026, 12, 9), 2, [new("tofu", 400, "g"), new("rice", 300, "g")]);

    private static readonly ServedAnswer Served = new(
        ServingOutcome.Recipe,
        new ServedRecipe("Tofu and rice bowl", "Japanese", 25, [new("tofu", 200, "g"), new("rice", 150, "g")], ["spring onion"], ["Cook the rice.", "Fry the tofu until golden.", "Serve the tofu on the rice."]),
        [],
        "tiny-gpt2",
        "base",
        "<|system|>You are a recipe assistant...<|end|>\n<|user|>Pantry: tofu 400 g; rice 2 kg. Constraints: vegetarian...<|end|>\n<|assistant|>",
        [new("ham", "'ham' breaks vegetarian (contains Meat)")],
        0,
        1,
        212.5);

    private static readonly ShoppingListView List = new(
        "U000001", new DateOnly(2026, 12, 7), 7, UnitSystem.Metric, 3,
        [new("HH-rice", "rice", null, ["runs_out"], "g", 400, 100, "purchase_history", 300, 1000, 1, 1000, "1 kg", new DateOnly(2026, 12, 11), 0, [])],
        [new("HH-tofu", "tofu", "one purchase only: its rate is the category prior's (cold start), not its own")],
        [new("HH-tofu", "tofu", Tofu, 150, "g", new DateOnly(2026, 12, 14))]);

    public static IReadOnlyDictionary<string, (Type Type, object Value)> All { get; } = new Dictionary<string, (Type, object)>
    {
        ["set-profile/request"] = Of(new SetProfileRequest("p-2026-12-07-1", new HouseholdProfile(["vegan", "pescatarian"], ["peanuts", "sesame"], ["olives"], ["Japanese", "Italian"], 3, UnitSystem.Metric, "Europe/Berlin"))),
        ["set-profile/result"] = Of(new ProfileResult("p-2026-12-07-1", new HouseholdProfile(["vegan", "pescatarian"], ["peanuts", "sesame"], ["olives"], ["Japanese", "Italian"], 3, UnitSystem.Metric, "Europe/Berlin"), ["vegan"], ["vegan and pescatarian: vegan is the stricter and holds (pescatarian adds nothing to it)"])),
        ["record-purchase/request"] = Of(new RecordPurchaseRequest("b-0042", [new("tofu", 400, "g", 2.49, Tofu), new("rice", 2, "kg", 3.8)], new DateOnly(2026, 12, 7), "Corner shop")),
        ["record-purchase/result"] = Of(new StockChangeResult("b-0042", [new(5001, "tofu", "g", 0, 400, Tofu), new(5002, "rice", "kg", 0, 2, null)], [], [])),
        ["consume/request"] = Of(new ConsumeRequest("c-0043", [new("rice", 250, "g")])),
        ["consume/result"] = Of(new StockChangeResult("c-0043", [new(5002, "rice", "kg", 2, 1.75, null)], [], [])),
        ["discard/request"] = Of(new DiscardRequest("d-0044", [new("tofu", 100, "g")], "dropped on the floor")),
        ["request-recipe/request"] = Of(new RequestRecipeRequest("r-0045", "a quick dinner", null, ["vegetarian"], false, null)),
        ["request-recipe/result"] = Of(new RecipeAnswer("r-0045", RecipeAnswerKind.Single, [new("a", Served)], ["vegetarian"], 2, [], new DateTime(2026, 12, 7, 18, 30, 0, DateTimeKind.Utc))),
        ["cook/request"] = Of(new CookRequest("k-0046", "r-0045", "a", null, 1)),
        ["cook/result"] = Of(new StockChangeResult("k-0046", [new(5001, "tofu", "g", 300, 100, Tofu), new(5002, "rice", "kg", 1.75, 1.6, null)], [new("spring onion", 1, "pcs", 0, "'spring onion' is not in the pantry")], [])),
        ["feedback/request"] = Of(new FeedbackRequest("f-0047", "r-0045", FeedbackVerdict.Like, "a", "quick and filling")),
        ["feedback/result"] = Of(new FeedbackResult("f-0047", "r-0045", FeedbackVerdict.Like, "a", "tiny-gpt2", "base")),
        ["pantry/result"] = Of(new PantryView("U000001", true, true, [new("tofu", 100, "g", 1, Tofu), new("rice", 1.6, "kg", 1, null)], [], 3, 2, 0, new DateOnly(2026, 12, 7))),
        ["profile/result"] = Of(new ProfileView("U000001", true, new HouseholdProfile(["vegetarian"], [], [], [], 1, UnitSystem.Metric, "UTC"), ["vegetarian"])),
        ["history/request"] = Of(new HistoryRequest(5)),
        ["history/result"] = Of(new HistoryView("U000001", [new(new DateTime(2026, 12, 7, 18, 45, 0, DateTimeKind.Utc), "cook", "k-0046", "cooked Tofu and rice bowl: 2 lot(s) used, 1 missing")])),
        ["shopping-list/request"] = Of(new ShoppingListRequest(7)),
        ["shopping-list/result"] = Of(List),
        ["shopping-list/cached"] = Of(new CachedShoppingList(
            "U000001", true, true, true, new DateTime(2026, 12, 7, 8, 0, 0, DateTimeKind.Utc), 7, true, new DateTime(2026, 12, 7, 18, 30, 10, DateTimeKind.Utc), List,
            "changes since 2026-12-07T08:00:00Z are not in it yet; it is computed again at 2026-12-07T18:30:10Z")),
        ["shopping-list/none"] = Of(new CachedShoppingList(
            "U000001", true, true, false, null, 7, false, new DateTime(2026, 12, 7, 18, 30, 0, DateTimeKind.Utc), null, "not computed yet: it is computed again at 2026-12-07T18:30:00Z")),
        ["plan-recipe/request"] = Of(new PlanRecipeRequest("plan-0048", "r-0045", new DateOnly(2026, 12, 9), "a", 2)),
        ["plan-recipe/result"] = Of(Plan),
        ["cancel-plan/request"] = Of(new CancelPlanRequest("plan-0048")),
        ["cancel-plan/result"] = Of(new CancelPlanResult("plan-0048", Plan, [])),
        ["plans/result"] = Of(new PlansView("U000001", [Plan])),
        ["min-stock/request"] = Of(new SetMinStockRequest("m-0049", "rice", 1, "kg")),
        ["min-stock/result"] = Of(new MinStockResult("m-0049", "rice", new("rice", 1, "kg"), [new("rice", 1, "kg")])),
    };

    private static (Type, object) Of<T>(T value)
        where T : notnull => (typeof(T), value);
}
