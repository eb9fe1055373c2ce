using PantryPilot.Domain.Recipes;
using PantryPilot.Domain.Retraining;

namespace PantryPilot.Domain.Tests.Retraining;

/// <summary>Feedback rows as the household store keeps them (recipes as the payload's camelCase JSON, written by hand
/// here), turned into samples. Expected codes and texts come from the diets' definitions, not from the guard's code.</summary>
public class FeedbackSampleBuilderTests
{
    private static readonly FeedbackSampleBuilder Builder = new();

    private const string TofuBowl = """{"title":"Tofu rice bowl","cuisine":"Japanese","timeMinutes":25,"ingredients":[{"name":"tofu","amount":200,"unit":"g"},{"name":"rice","amount":150,"unit":"g"}],"suggestedAdditions":["spring onion"],"steps":["Cook the rice.","Fry the tofu."]}""";

    private const string RiceSoup = """{"title":"Rice soup","cuisine":"Any","timeMinutes":30,"ingredients":[{"name":"rice","amount":100,"unit":"g"},{"name":"chicken stock","amount":500,"unit":"ml"}],"suggestedAdditions":[],"steps":["Simmer."]}""";

    private const string FishSauceRice = """{"title":"Fried rice","cuisine":"Thai","timeMinutes":15,"ingredients":[{"name":"rice","amount":200,"unit":"g"}],"suggestedAdditions":["fish sauce"],"steps":["Fry."]}""";

    private const string BaconRice = """{"title":"Bacon rice","cuisine":"Any","timeMinutes":20,"ingredients":[{"name":"rice","amount":200,"unit":"g"},{"name":"bacon","amount":100,"unit":"g"}],"suggestedAdditions":[],"steps":["Fry."]}""";

    private static string Prompt(params string[] constraints) =>
        RecipePromptText.Build([new("tofu", 400, "g"), new("rice", 2, "kg"), new("chicken stock", 1000, "ml")], constraints, null, "dinner");

    private static FeedbackRow Row(string verdict, string? recipe, string prompt, string? rejected = null, string? rejectedPrompt = null) =>
        new("H1", "f-1", "r-1", verdict, null, "promoted:e1", prompt, recipe, rejected is null ? null : "base", rejectedPrompt, rejected, new DateTime(2026, 12, 7, 18, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void Like_CompliantRecipe_SupervisedSampleInTheServingSchema()
    {
        var prompt = Prompt("vegetarian");

        var sample = Builder.Decide(Row("like", TofuBowl, prompt));

        Assert.Equal(FeedbackSampleKind.Supervised, sample.Kind);
        Assert.Equal(RecipePromptText.SystemMessage, sample.Prompt!.System);
        Assert.StartsWith("Pantry: tofu (400 g)", sample.Prompt.User, StringComparison.Ordinal);
        // The answer the model is taught is what it is asked to emit: the serving schema's snake_case keys.
        Assert.Equal(
            """{"title":"Tofu rice bowl","cuisine":"Japanese","time_minutes":25,"ingredients":[{"name":"tofu","amount":200,"unit":"g"},{"name":"rice","amount":150,"unit":"g"}],"suggested_additions":["spring onion"],"steps":["Cook the rice.","Fry the tofu."]}""",
            sample.Chosen);
    }

    [Fact]
    public void Like_ChickenStockForAVegetarian_RemovedByTheGuard()
    {
        // The original system's failure: meat in the pantry of a vegetarian request, taught as a good answer.
        var sample = Builder.Decide(Row("like", RiceSoup, Prompt("vegetarian")));

        Assert.Equal(FeedbackSampleKind.Removed, sample.Kind);
        Assert.Equal("recipe-forbidden", sample.ReasonCode);
        Assert.Contains("chicken stock", sample.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Like_ChickenStockWithoutConstraint_Kept() =>
        Assert.Equal(FeedbackSampleKind.Supervised, Builder.Decide(Row("like", RiceSoup, Prompt())).Kind);

    [Fact]
    public void Like_AdditionThatBreaksTheDiet_RemovedToo()
    {
        var sample = Builder.Decide(Row("like", FishSauceRice, Prompt("vegetarian")));

        Assert.Equal("recipe-forbidden", sample.ReasonCode);
        Assert.Contains("fish sauce", sample.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Like_UnknownIngredientUnderAConstraint_RemovedAsUnknown()
    {
        var recipe = TofuBowl.Replace("\"tofu\"", "\"zorblax paste\"", StringComparison.Ordinal);

        Assert.Equal("recipe-unknown", Builder.Decide(Row("like", recipe, Prompt("vegan"))).ReasonCode);
    }

    [Fact]
    public void Prefer_CompliantOverViolating_PairKeptWithBothRecipes()
    {
        // Preferring the compliant answer over one with bacon is exactly what a vegetarian household teaches.
        var prompt = Prompt("vegetarian");

        var sample = Builder.Decide(Row("prefer", TofuBowl, prompt, BaconRice, prompt));

        Assert.Equal(FeedbackSampleKind.Pair, sample.Kind);
        Assert.Contains("\"title\":\"Tofu rice bowl\"", sample.Chosen, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"Bacon rice\"", sample.Rejected, StringComparison.Ordinal);
    }

    [Fact]
    public void Prefer_ChosenBreaksTheDiet_Removed()
    {
        var prompt = Prompt("vegetarian");

        Assert.Equal("chosen-forbidden", Builder.Decide(Row("prefer", BaconRice, prompt, TofuBowl, prompt)).ReasonCode);
    }

    [Theory]
    [InlineData("prompts-differ")]
    [InlineData("same-answer")]
    [InlineData("rejected-no-recipe")]
    [InlineData("rejected-unknown")]
    public void Prefer_NothingToContrast_RemovedWithItsReason(string code)
    {
        var prompt = Prompt("vegetarian");
        var row = code switch
        {
            "prompts-differ" => Row("prefer", TofuBowl, prompt, RiceSoup, Prompt("vegan")),
            "same-answer" => Row("prefer", TofuBowl, prompt, TofuBowl, prompt),
            "rejected-no-recipe" => Row("prefer", TofuBowl, prompt, null, prompt) with { RejectedAdapter = "base" },
            _ => Row("prefer", TofuBowl, prompt),
        };

        Assert.Equal(code, Builder.Decide(row).ReasonCode);
    }

    [Fact]
    public void Dislike_IsARatingNotASample() =>
        Assert.Equal(FeedbackSampleKind.RatingOnly, Builder.Decide(Row("dislike", TofuBowl, Prompt("vegan"))).Kind);

    [Theory]
    [InlineData("like", null, "no-recipe")]
    [InlineData("like", "{\"title\": 3}", "recipe-unreadable")]
    [InlineData("like", "not json", "recipe-unreadable")]
    [InlineData("like", """{"title":"Nothing","ingredients":[],"steps":["x"]}""", "no-ingredients")]
    [InlineData("shrug", "{}", "unknown-verdict")]
    public void Like_BadRecipe_RemovedWithItsReason(string verdict, string? recipe, string code) =>
        Assert.Equal(code, Builder.Decide(Row(verdict, recipe, Prompt("vegan"))).ReasonCode);

    [Fact]
    public void Like_PromptNotFromTheBuilder_RemovedAsUnreadable() =>
        Assert.Equal("unreadable-prompt", Builder.Decide(Row("like", TofuBowl, "make me dinner")).ReasonCode);

    [Fact]
    public void Like_ConstraintTheOntologyCannotRead_RemovedAsUnsupported() =>
        Assert.Equal("unsupported-tag", Builder.Decide(Row("like", TofuBowl, Prompt("martian-diet"))).ReasonCode);

    [Fact]
    public void ReasonCodes_CoverEveryCodeTheBuilderGives()
    {
        // The statistics are keyed by these codes; a new code must be listed.
        string[] given = ["recipe-forbidden", "recipe-unknown", "chosen-forbidden", "prompts-differ", "same-answer", "rejected-no-recipe", "rejected-unknown", "no-recipe",
            "recipe-unreadable", "no-ingredients", "unknown-verdict", "unreadable-prompt", "unsupported-tag"];
        Assert.All(given, code => Assert.Contains(code, FeedbackSampleBuilder.ReasonCodes));
    }
}
