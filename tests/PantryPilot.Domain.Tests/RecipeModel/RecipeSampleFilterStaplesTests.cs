using PantryPilot.Domain.RecipeModel;

namespace PantryPilot.Domain.Tests.RecipeModel;

/// <summary>The staples policy (issue 20): hand-written recipes whose expected outcome a cook states from the line:
/// salt, pepper and oil are in every kitchen; butter, sugar and soy sauce are not; the diet still judges a
/// staple.</summary>
public class RecipeSampleFilterStaplesTests
{
    private static FilterDecision Judge(string line, HouseholdStaples? staples = null, bool dropUnlisted = false,
        bool dropNotInPantry = false)
    {
        var (candidate, error) = SampleReader.Read(line, "t.jsonl", 1);
        Assert.True(candidate is not null, error);
        var settings = new FilterSettings(StripUnknownTags: true, DropUnlistedStepIngredients: dropUnlisted,
            Staples: staples, DropNotInPantry: dropNotInPantry);
        return new RecipeSampleFilter(RecipeDiet.Default, settings).Judge(candidate!, 1);
    }

    private static string Risotto(string[] main, string? preference = "vegetarian", string steps =
        "Step 1. Fry the onion in the oil. Step 2. Add the rice, season with salt and pepper and simmer.") =>
        SampleLines.Original(["rice", "onion", "vegetable stock"], preference, main, steps);

    [Fact]
    public void Judge_SaltPepperAndOilNotInThePantry_KeptByDefaultAndCountedAsStaples()
    {
        var line = Risotto(["1 cup rice", "1 onion", "2 cups vegetable stock", "1 tsp sea salt", "black pepper",
            "2 tbsp olive oil"]);

        var decision = Judge(line);

        Assert.True(decision.Kept is not null, string.Join("; ", decision.Reasons));
        Assert.Equal(["sea salt", "black pepper", "olive oil"], decision.Notes.StaplesAssumed);
        Assert.Equal(["sea salt", "black pepper", "olive oil"], decision.Kept!.Meta.StaplesAssumed);
        Assert.Equal("staple: salt", decision.Kept.Meta.Original!.Ingredients[3].Lot);
        // The staple stays in the answer with its amount: a recipe names its salt.
        Assert.Contains("sea salt", decision.Kept.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_SameRecipeWithStaplesNoneUnderDrop_RemovedAsNotInPantry()
    {
        var line = Risotto(["1 cup rice", "1 onion", "2 cups vegetable stock", "1 tsp salt"]);

        var decision = Judge(line, HouseholdStaples.None, dropNotInPantry: true);

        Assert.Null(decision.Kept);
        Assert.Equal("selected-not-in-pantry", decision.PrimaryReason);
        Assert.Equal("salt", decision.Findings.Single().Ingredient);
    }

    [Theory]
    [InlineData("2 tbsp butter")]
    [InlineData("1 tbsp sugar")]
    [InlineData("2 tbsp soy sauce")]
    [InlineData("1 tsp cumin")]
    [InlineData("1 tbsp sesame oil")]
    [InlineData("1 tsp cayenne pepper")]
    [InlineData("1 red pepper")]
    public void Judge_NotAStaple_MovedToTheAdditionsOrRemovedUnderDrop(string ingredient)
    {
        var line = Risotto(["1 cup rice", "1 onion", "2 cups vegetable stock", ingredient], preference: null);
        var name = ingredient[(ingredient.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        name = name.StartsWith("tsp ", StringComparison.Ordinal) || name.StartsWith("tbsp ", StringComparison.Ordinal)
            ? name[(name.IndexOf(' ', StringComparison.Ordinal) + 1)..] : name;

        var kept = Judge(line);

        // Not a staple, not in the pantry: what the household buys, so the recipe's additions name it.
        Assert.True(kept.Kept is not null, string.Join("; ", kept.Reasons));
        Assert.Equal([name], kept.Notes.MovedToAdditions);
        Assert.Equal([name], kept.Kept!.Meta.MovedToAdditions);
        Assert.Contains(name, kept.Kept.Meta.SuggestedAdditions);
        Assert.DoesNotContain(name, kept.Kept.Meta.Selected);
        Assert.Equal($"addition: {name} (moved: not in the pantry)", kept.Kept.Meta.Original!.Ingredients[3].Lot);
        Assert.Equal("selected-not-in-pantry", Judge(line, dropNotInPantry: true).PrimaryReason);
    }

    [Fact]
    public void Judge_NotInThePantryAndForbidden_RemovedForTheDietNeverMovedToTheAdditions()
    {
        var line = Risotto(["1 cup rice", "1 onion", "2 cups vegetable stock", "100g pancetta"]);

        var decision = Judge(line);

        Assert.Null(decision.Kept);
        Assert.Equal("selected-forbidden", decision.PrimaryReason);
        Assert.Empty(decision.Notes.MovedToAdditions);
    }

    [Fact]
    public void Judge_StapleBreakingTheDiet_StillRemovedForTheDiet()
    {
        // Oil is a staple; a keto recipe is judged on it all the same: "vegetable oil" may hold seed oil for paleo.
        var line = SampleLines.Original(["chicken breast", "broccoli"], "paleo",
            ["2 chicken breasts", "1 head broccoli", "2 tbsp vegetable oil"],
            "Step 1. Fry the chicken in the oil. Step 2. Add the broccoli and cook until tender.");

        var decision = Judge(line);

        Assert.Null(decision.Kept);
        Assert.StartsWith("selected-", decision.PrimaryReason, StringComparison.Ordinal);
        Assert.Equal("vegetable oil", decision.Findings[0].Ingredient);
    }

    [Fact]
    public void Judge_StapleOnlyInTheSteps_NotAnUnlistedStepIngredientEvenUnderDrop()
    {
        var line = Risotto(["1 cup rice", "1 onion", "2 cups vegetable stock"],
            steps: "Step 1. Fry the onion in a little oil. Step 2. Add the rice and stock, season with salt and simmer.");

        var decision = Judge(line, dropUnlisted: true);

        Assert.True(decision.Kept is not null, string.Join("; ", decision.Reasons));
        Assert.Equal(["oil", "salt"], decision.Notes.StaplesAssumed.Order(StringComparer.Ordinal));
        Assert.Empty(decision.Notes.UnlistedStepIngredients);
    }

    [Fact]
    public void Judge_ButterOnlyInTheSteps_StillUnlistedAndRemovedUnderDrop()
    {
        var line = Risotto(["1 cup rice", "1 onion", "2 cups vegetable stock"], preference: null,
            steps: "Step 1. Fry the onion in butter. Step 2. Add the rice and stock and simmer.");

        Assert.Equal("step-not-in-pantry", Judge(line, dropUnlisted: true).PrimaryReason);
    }

    [Fact]
    public void Judge_StaplesFromAFile_OnlyThoseAssumed()
    {
        var staples = HouseholdStaples.Parse("# my kitchen\nsalt\n\nsugar\n", "kitchen.txt");
        var withSugar = Risotto(["1 cup rice", "1 onion", "2 cups vegetable stock", "1 tsp sugar", "1 tsp salt"],
            preference: null);
        var withOil = Risotto(["1 cup rice", "1 onion", "2 cups vegetable stock", "1 tbsp olive oil"],
            preference: null);

        Assert.NotNull(Judge(withSugar, staples).Kept);
        Assert.Empty(Judge(withSugar, staples).Notes.MovedToAdditions);
        Assert.Equal(["olive oil"], Judge(withOil, staples).Notes.MovedToAdditions);
        Assert.Equal("selected-not-in-pantry", Judge(withOil, staples, dropNotInPantry: true).PrimaryReason);
        Assert.Equal(["salt", "sugar"], staples.Names);
        Assert.Equal("kitchen.txt", staples.Description);
    }

    [Theory]
    [InlineData("salt\nsalt, pepper\n", "kitchen.txt line 2")]
    [InlineData("salt\n\n--\n", "kitchen.txt line 3")]
    public void Parse_BadLine_ErrorNamesFileAndLine(string text, string where)
    {
        var error = Assert.Throws<FormatException>(() => HouseholdStaples.Parse(text, "kitchen.txt"));

        Assert.StartsWith(where, error.Message, StringComparison.Ordinal);
    }
}
