using PantryPilot.Domain.RecipeModel;

namespace PantryPilot.Domain.Tests.RecipeModel;

/// <summary>The original teacher layout converted without loss: each expectation is read off the line by hand.</summary>
public class OriginalTeacherReaderTests
{
    private const string Line = """
        {"input": {"user_inventory": ["rice", "Rice", "onion", "onions", "chickpeas", "salt", "pepper"],
                   "requested_ingredients": ["chickpeas"], "user_request": "", "preference": "vegan", "cuisine": "Indian"},
         "output": {"status": "partial_match", "missing_ingredients": ["cilantro", "None"],
                    "recipe": {"name": "Chana Pulao", "cuisine": "Indian", "culinary_preference": "vegan", "time": "1h 5m",
                               "main_ingredients": ["1 cup basmati rice (rinsed)", "onion (1 medium, diced)", "salt, pepper", 7,
                                                    "1 can (400g) chickpeas"],
                               "steps": "Step 1.Fry the onion.Step 2.Add the rice, chickpeas and 2 cups water.Step 3.Simmer for 15 minutes.",
                               "note": "Serve with yogurt on the side.", "servings": 4},
                    "shopping_list": [{"item": "cilantro", "quantity": "1 bunch"}, "None"]},
         "scenario": "scenario_2", "generated_at": "2025-11-13T05:22:11Z", "model": "llama3.1:8b"}
        """;

    private static SampleCandidate Read(string line)
    {
        var (candidate, error) = SampleReader.Read(line.ReplaceLineEndings(" "), "t.jsonl", 3);
        Assert.True(candidate is not null, error);
        return candidate!;
    }

    [Fact]
    public void Read_RequestedIngredients_InTheRequestAndTheMetadata()
    {
        var sample = Read(Line);

        Assert.Equal("Suggest a recipe from my pantry. Requested ingredients: chickpeas.", sample.Request);
        Assert.Equal(["chickpeas"], sample.Original!.RequestedIngredients);
    }

    [Fact]
    public void Read_RepeatedPantryItems_MergedAndListed()
    {
        var sample = Read(Line);

        Assert.Equal(["rice", "onion", "chickpeas", "salt", "pepper"], sample.Pantry.Select(p => p.Name));
        Assert.Equal(["Rice", "onions"], sample.Original!.DuplicatePantryItems);
    }

    [Fact]
    public void Read_IngredientsWithAmountsInBracketsAndJoinedStrings_OneLineEachWithTheAmountAsWritten()
    {
        var lines = Read(Line).Original!.Ingredients;

        Assert.Equal(["1 cup basmati rice (rinsed)", "onion (1 medium, diced)", "salt", "pepper", "1 can (400g) chickpeas"], lines.Select(l => l.Text));
        Assert.Equal([1.0, 1.0, null, null, 1.0], lines.Select(l => l.Amount));
        Assert.Equal(["cup", null, null, null, "can"], lines.Select(l => l.Unit));
        Assert.Equal("salt, pepper", lines[2].JoinedIn);
        Assert.Equal("medium", lines[1].Size);
    }

    [Fact]
    public void Read_Answer_CanonicalAmountsNeverZeroForAStatedAmount()
    {
        var answer = Read(Line).Answer!;

        Assert.Equal(["basmati rice", "onion", "salt", "pepper", "chickpeas"], answer.Ingredients.Select(i => i.Name));
        Assert.Equal([237.0, 1.0, 0.0, 0.0, 400.0], answer.Ingredients.Select(i => i.Amount));
        Assert.Equal(["ml", "pcs", "pcs", "pcs", "g"], answer.Ingredients.Select(i => i.Unit));
        Assert.Equal(65, answer.TimeMinutes);
    }

    [Fact]
    public void Read_StepsWithoutSpaceAfterTheMarker_Split()
    {
        var sample = Read(Line);

        Assert.Equal(["Fry the onion.", "Add the rice, chickpeas and 2 cups water.", "Simmer for 15 minutes."], sample.Answer!.Steps);
        Assert.Null(sample.Original!.MethodProblem);
    }

    [Fact]
    public void Read_ShoppingObjectsAndNone_AdditionsByNameNoneDropped()
    {
        var sample = Read(Line);

        Assert.Equal(["cilantro"], sample.Answer!.SuggestedAdditions);
        Assert.Equal(["{\"item\": \"cilantro\", \"quantity\": \"1 bunch\"}", "None"], sample.Original!.ShoppingList);
        Assert.Equal(["None", "None"], sample.Original.EmptyAdditions);
    }

    [Fact]
    public void Read_EveryOtherField_CarriedOrListedAsNotCarried()
    {
        var original = Read(Line).Original!;

        Assert.Equal("partial_match", original.TeacherStatus);
        Assert.Equal("Serve with yogurt on the side.", original.Note);
        Assert.Equal("vegan", original.CulinaryPreference);
        Assert.Equal("1h 5m", original.Time);
        Assert.Equal("scenario_2", original.Scenario);
        Assert.Equal("2025-11-13T05:22:11Z", original.GeneratedAt);
        Assert.Equal(
            [
                "model: not a field of the teacher layout",
                "output.recipe.servings: not a field of the teacher layout",
                "output.recipe.main_ingredients[3]: a number, not an ingredient",
            ],
            original.NotCarried);
    }

    [Theory]
    [InlineData("Step 4. Add the beans. Step 5. Simmer.", "starts at step 4")]
    [InlineData("Step 1. Fry. Step 3. Serve.", "step 2 is missing")]
    [InlineData("Step 1. Preheat the oven to 200C.", "a single step")]
    [InlineData("Step 1. Boil the potatoes. Step 2. Mash with the butter and", "the last step stops mid-sentence")]
    [InlineData("Step 1. Boil. Step 2. Serve,", "the last step stops mid-sentence")]
    public void Read_MethodCutShort_Flagged(string steps, string problem)
    {
        var sample = Read(SampleLines.Original(["rice"], null, ["rice"], steps));

        Assert.Equal(problem, sample.Original!.MethodProblem);
    }

    [Theory]
    [InlineData("20m", 20)]
    [InlineData("1h 10m", 70)]
    [InlineData("45 mins", 45)]
    [InlineData("1.5 hours", 90)]
    [InlineData("soon", 0)]
    public void Minutes_WrittenTime_Minutes(string text, int minutes)
    {
        Assert.Equal(minutes, OriginalTeacherReader.Minutes(text));
    }

    [Fact]
    public void Read_TimeItCannotRead_ListedAsNotCarried()
    {
        var line = SampleLines.Original(["rice"], null, ["rice"]).Replace("\"20m\"", "\"soon\"", StringComparison.Ordinal);

        var original = Read(line).Original!;

        Assert.Equal("soon", original.Time);
        Assert.Contains("output.recipe.time: 'soon' is no time (kept as written in the metadata)", original.NotCarried);
    }
}
