using PantryPilot.Domain.RecipeModel;

namespace PantryPilot.Domain.Tests.RecipeModel;

/// <summary>The filter with the identity matcher and the step judge, on original-layout lines written by hand: what a
/// cook reading each line would keep, remove, rename or count.</summary>
public class RecipeSampleFilterIdentityTests
{
    private static readonly RecipeSampleFilter Filter = new(RecipeDiet.Default, new FilterSettings());

    private static FilterDecision Judge(string line, FilterSettings? settings = null)
    {
        var (candidate, error) = SampleReader.Read(line, "t.jsonl", 1);
        Assert.True(candidate is not null, error);
        return (settings is null ? Filter : new RecipeSampleFilter(RecipeDiet.Default, settings)).Judge(candidate!, 1);
    }

    [Fact]
    public void Judge_IngredientsNamedByFormOrCut_KeptAndRenamedToThePantryLot()
    {
        var line = SampleLines.Original(
            ["cod", "lime", "broccoli", "pepper", "tofu", "rice"], "pescatarian",
            ["2 cod fillets", "juice of 1 lime", "2 cups broccoli florets", "1/2 tsp black pepper", "200g block tofu", "1 cup cooked rice"],
            "Step 1. Season the cod with pepper and lime. Step 2. Roast with the broccoli and tofu, serve with the rice.");

        var decision = Judge(line);

        Assert.True(decision.Kept is not null, string.Join("; ", decision.Reasons));
        Assert.Equal(["cod", "lime", "broccoli", "pepper", "tofu", "rice"], decision.Kept!.Meta.Selected);
        Assert.Equal(6, decision.Notes.RenamedToLot);
        Assert.Equal("pantry: cod", decision.Kept.Meta.Original!.Ingredients[0].Lot);
    }

    [Fact]
    public void Judge_SoySauceOnlyInTheSteps_RemovedForGlutenFreeNamingStepIngredientAndRule()
    {
        var line = SampleLines.Original(
            ["rice", "rice vinegar", "soy sauce", "onion"], "gluten_free", ["1 cup rice", "2 tbsp rice vinegar", "1 onion"],
            "Step 1. Fry the onion. Step 2. Add the rice, the vinegar and a splash of soy sauce.");

        var decision = Judge(line);

        Assert.Null(decision.Kept);
        var finding = decision.Findings.Single();
        Assert.Equal("step-forbidden", finding.Code);
        Assert.Equal("soy sauce", finding.Ingredient);
        Assert.Equal("gluten-free (contains Gluten from 'soy sauce')", finding.Rule);
        Assert.Contains("step 2", finding.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Step 1. Fry the onion. Step 2. Brown the meat and add the lentils.")]
    [InlineData("Step 1. Fry the onion. Step 2. Add the lentils and the stock.")]
    public void Judge_MeatOrStockInTheStepsOfAVegetarianRecipe_Removed(string steps)
    {
        var line = SampleLines.Original(["lentils", "onion"], "vegetarian", ["1 cup lentils", "1 onion"], steps);

        Assert.StartsWith("step-", Judge(line).PrimaryReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_StockInTheStepsIsTheListedVegetableStock_Kept()
    {
        var line = SampleLines.Original(["lentils", "vegetable stock", "stock"], "vegetarian", ["1 cup lentils", "2 cups vegetable stock"],
            "Step 1. Rinse the lentils. Step 2. Simmer them in the stock for 20 minutes.");

        Assert.NotNull(Judge(line).Kept);
    }

    [Fact]
    public void Judge_ThickenInTheSteps_NoChicken()
    {
        var line = SampleLines.Original(["lentils", "onion"], "vegetarian", ["1 cup lentils", "1 onion"],
            "Step 1. Fry the onion. Step 2. Simmer the lentils until the soup begins to thicken.");

        Assert.NotNull(Judge(line).Kept);
    }

    [Fact]
    public void Judge_StepUsesAFoodFoundNowhere_CountedAndKeptOrRemovedByPolicy()
    {
        var line = SampleLines.Original(["rice", "onion"], null, ["1 cup rice", "1 onion"],
            "Step 1. Fry the onion in butter. Step 2. Add the rice and 2 cups water and simmer.");

        var kept = Judge(line);
        var dropped = Judge(line, new FilterSettings(DropUnlistedStepIngredients: true));

        Assert.NotNull(kept.Kept);
        Assert.Equal(["butter"], kept.Notes.UnlistedStepIngredients);
        Assert.Equal(["butter"], kept.Kept!.Meta.UnlistedStepIngredients);
        Assert.Equal("step-not-in-pantry", dropped.PrimaryReason);
    }

    [Fact]
    public void Judge_AdditionTheRecipeNeverUses_DroppedFromTheAnswerAndCounted()
    {
        var line = SampleLines.Original(["rice", "onion"], null, ["1 cup rice", "1 onion"], shopping: ["parsley", "lemon"],
            steps: "Step 1. Fry the onion. Step 2. Add the rice, simmer and top with parsley.");

        var decision = Judge(line);

        Assert.Equal(["parsley"], decision.Kept!.Meta.SuggestedAdditions);
        Assert.Equal(["lemon"], decision.Kept.Meta.UnusedAdditions);
    }

    [Fact]
    public void Judge_IngredientOnlyInTheShoppingList_MovedToTheAdditions()
    {
        var line = SampleLines.Original(["rice", "onion"], "vegetarian", ["1 cup rice", "1 onion", "50g feta"], shopping: ["feta cheese"]);

        var decision = Judge(line);

        Assert.True(decision.Kept is not null, string.Join("; ", decision.Reasons));
        Assert.Equal(["rice", "onion"], decision.Kept.Meta.Selected);
        Assert.Equal(["feta cheese"], decision.Kept.Meta.SuggestedAdditions);
    }

    [Fact]
    public void Judge_WaterAsAnIngredient_NeedsNoPantryLot()
    {
        var line = SampleLines.Original(["rice"], "vegan", ["1 cup rice", "2 cups boiling water"],
            "Step 1. Rinse the rice. Step 2. Cover with the boiling water and cook 12 minutes.");

        var decision = Judge(line);

        Assert.Equal(["rice"], decision.Kept!.Meta.Selected);
        Assert.Equal("always available: water", decision.Kept.Meta.Original!.Ingredients[1].Lot);
    }

    [Fact]
    public void Judge_AlternativesInOneName_TheOneThePantryHas()
    {
        var line = SampleLines.Original(["rigatoni", "tomatoes"], null, ["300g penne or rigatoni", "1 can tomatoes"]);

        Assert.Equal(["rigatoni", "tomatoes"], Judge(line).Kept!.Meta.Selected);
    }

    [Fact]
    public void Judge_NameThatFitsTwoLots_RemovedAsAmbiguousNeverGuessed()
    {
        var line = SampleLines.Original(["black pepper", "white pepper", "rice"], null, ["1 cup rice", "1 tsp pepper"]);

        var decision = Judge(line);

        Assert.Equal("selected-ambiguous", decision.PrimaryReason);
        Assert.Contains("'black pepper' and 'white pepper'", decision.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_NumberTheGrammarCannotRead_RemovedNeverZero()
    {
        var line = SampleLines.Original(["rice"], null, ["3/0 cups rice"]);

        var decision = Judge(line);

        Assert.Equal("amount-unreadable", decision.PrimaryReason);
        Assert.Equal("3/0 cups rice", decision.Findings[0].Ingredient);
    }

    [Fact]
    public void Judge_VagueAmount_KeptWithItsWordsInTheMetadata()
    {
        var line = SampleLines.Original(["rice", "mint"], null, ["1 cup rice", "a few mint leaves"]);

        var decision = Judge(line);

        Assert.NotNull(decision.Kept);
        Assert.Equal("a few", decision.Kept!.Meta.Original!.Ingredients[1].Unread);
    }

    [Fact]
    public void Judge_GlutenFreeLabelInBrackets_ReadAsAQualifierOfItsItem()
    {
        var line = SampleLines.Original(["pasta (gluten-free)", "tomato sauce"], "gluten-free", ["8 oz pasta (gluten-free)", "1 cup tomato sauce"]);

        var decision = Judge(line);

        Assert.True(decision.Kept is not null, string.Join("; ", decision.Reasons));
        Assert.Equal(["pasta (gluten-free)", "tomato sauce"], decision.Kept!.Meta.Selected);
    }

    [Fact]
    public void Judge_TruncatedMethod_RemovedWithTheProblem()
    {
        var line = SampleLines.Original(["rice"], null, ["rice"], "Step 5. Serve.");

        var decision = Judge(line);

        Assert.Equal("truncated-method", decision.PrimaryReason);
        Assert.Contains("starts at step 5", decision.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_KeptSample_RequestedIngredientsInThePrompt()
    {
        var line = SampleLines.Original(["rice", "onion"], null, ["1 cup rice", "1 onion"])
            .Replace("\"requested_ingredients\":null", "\"requested_ingredients\":[\"onion\"]", StringComparison.Ordinal);

        var decision = Judge(line);

        Assert.Contains("Request: Suggest a recipe from my pantry. Requested ingredients: onion.", decision.Kept!.Text, StringComparison.Ordinal);
    }
}
