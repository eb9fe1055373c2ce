using PantryPilot.Domain.RecipeModel;

namespace PantryPilot.Domain.Tests.RecipeModel;

public class RecipeSampleFilterTests
{
    private static readonly RecipeSampleFilter Prefilter = new(RecipeDiet.Default, new FilterSettings());
    private static readonly RecipeSampleFilter Drop = new(RecipeDiet.Default, new FilterSettings(PrefilterPantry: false));

    private static FilterDecision Judge(RecipeSampleFilter filter, string line)
    {
        var (candidate, error) = SampleReader.Read(line, "test.jsonl", 1);
        Assert.True(candidate is not null, error);
        return filter.Judge(candidate!, 1);
    }

    private static string PantryLine(RecipeSample sample) =>
        sample.Text.Split('\n').Single(l => l.StartsWith("Pantry:", StringComparison.Ordinal));

    [Fact]
    public void Project_VegetarianPantryShowsChickenStock_PrefilterKeepsItWithoutTheStock()
    {
        var line = SampleLines.Project("p1", SampleLines.VegetarianUser, SampleLines.Answer("rice", "onion", "tomato"), ["vegetarian"]);

        var decision = Judge(Prefilter, line);

        Assert.NotNull(decision.Kept);
        Assert.True(decision.PromptRebuilt);
        Assert.Equal("Pantry: rice (500 g), onion (2 pcs), tomato (3 pcs)", PantryLine(decision.Kept!));
        Assert.DoesNotContain("chicken", decision.Kept!.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(3, decision.Kept.Meta.InventorySize);
    }

    [Fact]
    public void Project_VegetarianPantryShowsChickenStock_DropRemovesIt()
    {
        var line = SampleLines.Project("p1", SampleLines.VegetarianUser, SampleLines.Answer("rice", "onion", "tomato"), ["vegetarian"]);

        var decision = Judge(Drop, line);

        Assert.Null(decision.Kept);
        Assert.Equal("pantry-shows-forbidden", decision.PrimaryReason);
        Assert.Contains("chicken stock", decision.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Project_VegetarianSelectsChickenStock_RemovedUnderBothPolicies()
    {
        var line = SampleLines.Project("p2", SampleLines.VegetarianUser, SampleLines.Answer("rice", "chicken stock", "tomato"), ["vegetarian"]);

        Assert.Equal("selected-forbidden", Judge(Prefilter, line).PrimaryReason);
        Assert.Equal("selected-forbidden", Judge(Drop, line).PrimaryReason);
    }

    [Fact]
    public void MlxChat_VegetarianPantryShowsChickenStock_KeptWithRebuiltPrompt()
    {
        var decision = Judge(Prefilter, SampleLines.MlxChat(SampleLines.VegetarianUser, SampleLines.Answer("rice", "tomato")));

        Assert.NotNull(decision.Kept);
        Assert.Equal("Pantry: rice (500 g), onion (2 pcs), tomato (3 pcs)", PantryLine(decision.Kept!));
        Assert.Equal(["vegetarian"], decision.Kept!.Meta.DietaryTags);
        Assert.Equal("imported:mlx-chat", decision.Kept.Meta.Teacher);
    }

    [Fact]
    public void MlxChat_VegetarianSelectsChickenStock_Removed()
    {
        var decision = Judge(Prefilter, SampleLines.MlxChat(SampleLines.VegetarianUser, SampleLines.Answer("chicken stock", "rice")));

        Assert.Equal("selected-forbidden", decision.PrimaryReason);
    }

    [Fact]
    public void MlxCompletions_BareUserPrompt_KeptWithRebuiltPrompt()
    {
        var decision = Judge(Prefilter, SampleLines.MlxCompletions(SampleLines.VegetarianUser, SampleLines.Answer("rice", "tomato")));

        Assert.NotNull(decision.Kept);
        Assert.Equal("Pantry: rice (500 g), onion (2 pcs), tomato (3 pcs)", PantryLine(decision.Kept!));
        Assert.Equal(["vegetarian"], decision.Kept!.Meta.DietaryTags);
        Assert.Equal("imported:mlx-completions", decision.Kept.Meta.Teacher);
    }

    [Fact]
    public void MlxCompletions_Phi3PromptSelectingChickenStock_Removed()
    {
        var prompt = $"<|system|>\n{SampleLines.System}<|end|>\n<|user|>\n{SampleLines.VegetarianUser}<|end|>\n<|assistant|>\n";

        var decision = Judge(Prefilter, SampleLines.MlxCompletions(prompt, SampleLines.Answer("chicken stock", "rice") + "<|end|>"));

        Assert.Equal("selected-forbidden", decision.PrimaryReason);
        Assert.Contains("chicken stock", decision.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Original_VegetarianInventoryWithChickenStock_KeptWithNamesParsedAndStockHidden()
    {
        var line = SampleLines.Original(["rice", "chicken stock", "onion"], "vegetarian", ["2 cups rice", "1 medium onion"]);

        var decision = Judge(Prefilter, line);

        Assert.NotNull(decision.Kept);
        Assert.Equal("Pantry: rice, onion", PantryLine(decision.Kept!));
        Assert.Equal(["rice", "onion"], decision.Kept!.Meta.Selected);
        Assert.Contains("\"steps\":[\"Fry the onion.\",\"Add the rest and simmer.\"]", decision.Kept.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Original_VegetarianSelectsChickenStockWithQuantity_Removed()
    {
        var line = SampleLines.Original(["rice", "chicken stock", "onion"], "vegetarian", ["2 cups rice", "500ml chicken stock (low sodium)"]);

        var decision = Judge(Prefilter, line);

        Assert.Equal("selected-forbidden", decision.PrimaryReason);
    }

    [Theory]
    [InlineData("gluten_free", "gluten-free")]
    [InlineData("gluten-free", "gluten-free")]
    [InlineData("non_dairy", "dairy-free")]
    [InlineData("non-dairy", "dairy-free")]
    [InlineData("Vegetarian", "vegetarian")]
    public void Original_TagSpellings_AreNormalised(string preference, string expected)
    {
        var decision = Judge(Prefilter, SampleLines.Original(["rice", "onion"], preference, ["rice", "onion"]));

        Assert.NotNull(decision.Kept);
        Assert.Equal([expected], decision.Kept!.Meta.DietaryTags);
        Assert.Contains($"Dietary constraints: {expected}", decision.Kept.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("halal")]
    [InlineData("low-fodmap")]
    public void Original_UnsupportedTag_DroppedByDefaultKeptInThePromptOnRequest(string preference)
    {
        var line = SampleLines.Original(["rice", "onion"], preference, ["rice", "onion"]);

        var dropped = Judge(Prefilter, line);
        var kept = Judge(new RecipeSampleFilter(RecipeDiet.Default, new FilterSettings(StripUnknownTags: true)), line);

        Assert.Equal("unsupported-tag", dropped.PrimaryReason);
        Assert.False(dropped.Tags.Single().Supported);
        Assert.NotNull(kept.Kept);
        // The preference is never silently lost: it stays in the prompt, unjudged, and is counted.
        Assert.Contains($"Dietary constraints: {preference}", kept.Kept!.Text, StringComparison.Ordinal);
        Assert.Equal([preference], kept.Kept.Meta.UnjudgedTags);
        Assert.Equal([preference], kept.Notes.UnjudgedTags);
    }

    [Theory]
    // Deceptive names, with the verdict a cook would give (not the code under test).
    [InlineData("vegetarian", "vegetable stock", true)]
    [InlineData("vegetarian", "fish sauce", false)]
    [InlineData("vegetarian", "worcestershire sauce", false)]
    [InlineData("vegan", "eggplant", true)]
    [InlineData("vegan", "honey", false)]
    [InlineData("dairy-free", "peanut butter", true)]
    [InlineData("dairy-free", "coconut milk", true)]
    [InlineData("dairy-free", "ghee", false)]
    [InlineData("gluten-free", "soy sauce", false)]
    [InlineData("gluten-free", "rice noodles", true)]
    public void Original_SelectedIngredient_JudgedByTheOntology(string tag, string ingredient, bool kept)
    {
        var line = SampleLines.Original(["rice", ingredient], tag, ["rice", ingredient]);

        var decision = Judge(Prefilter, line);

        Assert.Equal(kept, decision.Kept is not null);
    }

    [Fact]
    public void Original_ForbiddenShoppingListItem_RemovedAsAddition()
    {
        var decision = Judge(Prefilter, SampleLines.Original(["rice", "onion"], "vegetarian", ["rice", "onion"], shopping: ["bacon"]));

        Assert.Equal("addition-forbidden", decision.PrimaryReason);
    }

    [Fact]
    public void Structure_SelectedNotInPantryUnderDropOrNoSteps_Removed()
    {
        var drop = new RecipeSampleFilter(RecipeDiet.Default, new FilterSettings(DropNotInPantry: true));
        var notShown = Judge(drop, SampleLines.Original(["rice"], null, ["rice", "2 tbsp butter"]));
        var noSteps = Judge(Prefilter, SampleLines.Original(["rice"], null, ["rice"], steps: ""));

        Assert.Equal("selected-not-in-pantry", notShown.PrimaryReason);
        Assert.Equal("no-steps", noSteps.PrimaryReason);
    }

    [Theory]
    [InlineData(new[] { "aubergine" }, new[] { "1 aubergine, diced", "rice" }, true)]
    [InlineData(new[] { "aubergine" }, new[] { "2 baby aubergines", "rice" }, true)]
    [InlineData(new[] { "aubergine", "rice" }, new[] { "1 aubergine", "rice" }, true)]
    [InlineData(new[] { "aubergine" }, new[] { "rice", "1 onion" }, false)]
    [InlineData(new[] { "aubergine", "chickpeas" }, new[] { "1 aubergine", "rice" }, false)]
    public void Request_RequestedIngredientNeverUsed_Removed(string[] requested, string[] ingredients, bool kept)
    {
        var line = SampleLines.Original(["rice", "onion", "aubergine", "chickpeas"], null, ingredients,
            requested: requested);

        var decision = Judge(Prefilter, line);

        Assert.True(kept == decision.Kept is not null, string.Join("; ", decision.Reasons));
        Assert.Equal(kept ? null : "request-ignored", decision.PrimaryReason);
    }

    [Fact]
    public void Request_RequestedFoodOnlyInTheSteps_Honoured()
    {
        var line = SampleLines.Original(["rice", "onion", "aubergine"], null, ["rice", "1 onion"],
            steps: "Step 1. Roast the aubergine. Step 2. Cook the rice with the onion.", requested: ["aubergine"]);

        Assert.True(Judge(Prefilter, line).Kept is not null);
    }

    [Fact]
    public void Structure_TruncatedAnswer_IsNoRecipe()
    {
        var answer = SampleLines.Answer("rice", "onion");
        var decision = Judge(Prefilter, SampleLines.MlxChat(SampleLines.VegetarianUser, answer[..(answer.Length / 2)]));

        Assert.Equal("no-recipe", decision.PrimaryReason);
        Assert.Contains("truncated", decision.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Structure_LongerThanMaxSequence_Removed()
    {
        var filter = new RecipeSampleFilter(RecipeDiet.Default, new FilterSettings(MaxSequenceTokens: 50));

        Assert.Equal("too-long", Judge(filter, SampleLines.MlxChat(SampleLines.VegetarianUser, SampleLines.Answer("rice"))).PrimaryReason);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"messages\":[{\"role\":\"user\",\"content\":\"hello\"}]}")]
    [InlineData("{\"input\":{\"preference\":\"vegan\"},\"output\":{}}")]
    [InlineData("{\"prompt\":\"hello\",\"completion\":\"{}\"}")]
    [InlineData("{\"prompt\":\"<|user|>\\nPantry: rice\",\"completion\":\"{}\"}")]
    public void Read_BadLine_NamesSourceAndLine(string line)
    {
        var (candidate, error) = SampleReader.Read(line, "bad.jsonl", 7);

        Assert.Null(candidate);
        Assert.Contains("bad.jsonl line 7", error, StringComparison.Ordinal);
    }
}
