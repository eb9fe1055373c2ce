using PantryPilot.Domain.RecipeModel;

namespace PantryPilot.Domain.Tests.RecipeModel;

/// <summary>Issue 20, on whole samples written by hand: a food word used as a verb in the steps does not remove a
/// sample, a food in the steps still does; lemon and lime juice are keto in cooking amounts, a glass of fruit juice is
/// not; a steak alone is meat or fish, known (kept for paleo, removed for vegetarians).</summary>
public class RecipeSampleFilterStepGrammarTests
{
    private static readonly RecipeSampleFilter Filter = new(RecipeDiet.Default, new FilterSettings());

    private static FilterDecision Judge(string line)
    {
        var (candidate, error) = SampleReader.Read(line, "t.jsonl", 1);
        Assert.True(candidate is not null, error);
        return Filter.Judge(candidate!, 1);
    }

    [Theory]
    [InlineData("Step 1. Blend the chickpeas, tahini and garlic until smooth. Step 2. Spread in a bowl and drizzle with the olive oil.")]
    [InlineData("Step 1. Add the chickpeas and toast for a minute. Step 2. Blend with the tahini, garlic and olive oil.")]
    [InlineData("Step 1. Toast the chickpeas in a dry pan. Step 2. Blend with the tahini, garlic and olive oil, then spread thinly.")]
    public void Judge_VeganStepsWithCookingVerbs_Kept(string steps)
    {
        var line = SampleLines.Original(["chickpeas", "tahini", "garlic", "olive oil"], "vegan",
            ["1 can chickpeas", "3 tbsp tahini", "1 clove garlic", "2 tbsp olive oil"], steps);

        var decision = Judge(line);

        Assert.True(decision.Kept is not null, string.Join("; ", decision.Reasons));
    }

    [Theory]
    [InlineData("Step 1. Cook the pasta. Step 2. Toss with the bacon and the peas.", "bacon")]
    [InlineData("Step 1. Cook the pasta. Step 2. Toss with the peas and serve on toast.", "toast")]
    [InlineData("Step 1. Cook the pasta. Step 2. Melt the butter and toss with the peas.", "butter")]
    public void Judge_AFoodInTheSteps_StillRemoves(string steps, string food)
    {
        var line = SampleLines.Original(["pasta", "peas"], "vegan", ["200g pasta", "1 cup peas"], steps);

        var decision = Judge(line);

        Assert.Null(decision.Kept);
        Assert.Contains(decision.Findings, f => f.Code.StartsWith("step-", StringComparison.Ordinal) && f.Ingredient == food);
    }

    [Fact]
    public void Judge_VeganButterSpreadAsGarlicButter_Kept()
    {
        var line = SampleLines.Original(["baguette", "vegan butter", "garlic"], "vegan",
            ["1 baguette", "3 tbsp vegan butter", "2 cloves garlic"],
            "Step 1. Mix the vegan butter with the garlic. Step 2. Split the baguette and spread with the garlic butter.");

        var decision = Judge(line);

        Assert.True(decision.Kept is not null, string.Join("; ", decision.Reasons));
    }

    [Fact]
    public void Judge_LimeJuiceInAKetoRecipe_Kept()
    {
        var line = SampleLines.Original(["salmon", "lime", "lemon", "spinach"], "keto",
            ["2 salmon fillets", "juice of 1 lime", "1 tbsp lemon juice", "100g spinach"],
            "Step 1. Sear the salmon. Step 2. Wilt the spinach, squeeze over the juice of the lime and serve.");

        var decision = Judge(line);

        Assert.True(decision.Kept is not null, string.Join("; ", decision.Reasons));
    }

    [Fact]
    public void Judge_OrangeJuiceInAKetoRecipe_Removed()
    {
        var line = SampleLines.Original(["salmon", "orange juice", "spinach"], "keto",
            ["2 salmon fillets", "1 cup orange juice", "100g spinach"],
            "Step 1. Sear the salmon. Step 2. Reduce the orange juice and pour over.");

        var decision = Judge(line);

        Assert.Null(decision.Kept);
        Assert.Equal("orange juice", decision.Findings[0].Ingredient);
    }

    [Fact]
    public void Judge_SteakInAKetoRecipe_KeptWithItsPanJuices()
    {
        var line = SampleLines.Original(["steak", "butter", "garlic"], "keto",
            ["2 steaks", "1 tbsp butter", "2 cloves garlic"],
            "Step 1. Season the steaks and sear for 3 minutes a side. Step 2. Baste with the butter and garlic, rest and "
            + "spoon over the pan juices.");

        var decision = Judge(line);

        Assert.True(decision.Kept is not null, string.Join("; ", decision.Reasons));
    }

    [Theory]
    [InlineData("vegetarian", false)]
    [InlineData("pescatarian", false)]
    [InlineData("paleo", true)]
    [InlineData("keto", true)]
    public void Judge_SteakAlone_IsMeatOrFishAndKnown(string preference, bool kept)
    {
        var line = SampleLines.Original(["steak", "garlic"], preference, ["1 steak", "1 clove garlic"],
            "Step 1. Rub the steak with the garlic. Step 2. Grill for 4 minutes a side.");

        Assert.Equal(kept, Judge(line).Kept is not null);
    }
}
