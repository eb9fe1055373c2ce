using PantryPilot.Domain.Ontology;
using PantryPilot.Inference.Recipes;

namespace PantryPilot.Inference.Tests;

/// <summary>A pantry too large for the real tiny model's context (512 tokens) is ranked and trimmed, never aborted.</summary>
[Collection(TinyModelCollection.Name)]
public class LargePantryTests(TinyModelFixture fixture)
{
    private static readonly string[] Foods =
    [
        "rice", "onion", "garlic", "tomato", "carrot", "spinach", "lentils", "chickpeas", "potato", "ginger", "quinoa", "zucchini",
        "black beans", "cilantro", "lime", "sweet potato", "mushrooms", "kale", "broccoli", "cabbage", "cucumber", "bell pepper",
    ];

    [Fact]
    public async Task GenerateAsync_150ItemPantry_TrimmedToFitWithCountAndSoonestExpiringKept()
    {
        var start = new DateOnly(2026, 12, 1);
        var pantry = Enumerable.Range(0, 150)
            .Select(i => new PantryItem($"{Foods[i % Foods.Length]} {i}", 100 + i, "g", start.AddDays(150 - i)))
            .ToList();
        var input = new GenerateRecipeInput(pantry, [DietaryConstraint.Vegan], [], null, "dinner", MaxTokens: 64);

        var output = await new RecipeGenerator(fixture.Host, fixture.Options).GenerateAsync(input, null, CancellationToken.None);

        Assert.NotEqual(RecipeOutcome.Error, output.Outcome);
        Assert.True(output.Trimmed > 0, "nothing trimmed");
        Assert.True(output.Trimmed < 150, "everything trimmed");
        Assert.True(output.Diagnostics.Attempts > 0, output.Reason);
    }

    [Fact]
    public void Rank_ExpiryThenQuantityThenRelevance()
    {
        var input = new GenerateRecipeInput([], [], [], "Thai", "a curry with lime");
        var items = new PantryItem[]
        {
            new("rice", 1000, "g"),
            new("lime", 2, "pcs"),
            new("onion", 3, "pcs"),
            new("milk", 1, "L", new DateOnly(2026, 12, 3)),
            new("spinach", 200, "g", new DateOnly(2026, 12, 1)),
        };

        var ranked = PantryTrimmer.Rank(items, input).Select(i => i.Name).ToList();

        Assert.Equal(["spinach", "milk", "rice", "onion", "lime"], ranked);
        var relevance = PantryTrimmer.Rank([new("onion", 2, "pcs"), new("lime", 2, "pcs")], input).Select(i => i.Name);
        Assert.Equal(["lime", "onion"], relevance);
    }
}
