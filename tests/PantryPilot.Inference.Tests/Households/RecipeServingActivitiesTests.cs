using PantryPilot.Contracts.Serving;
using PantryPilot.Inference.Recipes;
using PantryPilot.Inference.Serving;

namespace PantryPilot.Inference.Tests.Households;

/// <summary>The serving activity on the real tiny model: diets read from words, forbidden items never in the prompt,
/// and every answer names the model, the adapter and the prompt it was given.</summary>
[Collection(TinyModelCollection.Name)]
public class RecipeServingActivitiesTests(TinyModelFixture fixture)
{
    private static readonly ServingPantryItem[] Pantry =
    [
        new("ham", 200, "g", new DateOnly(2026, 12, 8)),
        new("tofu", 400, "g", new DateOnly(2026, 12, 9)),
        new("rice", 1, "kg", null),
    ];

    [Fact]
    public async Task Serve_Vegetarian_HamNeverReachesThePromptAndTheAnswerNamesItsModel()
    {
        var activities = new RecipeServingActivities(new RecipeGenerator(fixture.Host, fixture.Options));

        var output = await activities.ServeAsync(new ServeRecipeInput("U1", "r-1", Pantry, ["Vegetarian"], [], null, "dinner", MaxTokens: 32));

        Assert.Equal(["vegetarian"], output.Diets);
        Assert.Equal("base", output.Answer.Adapter);
        Assert.Equal("ham", Assert.Single(output.Answer.Excluded).Name);
        Assert.Contains("tofu", output.Answer.Prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("ham", output.Answer.Prompt, StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrEmpty(output.Answer.Model));
        Assert.Null(output.BaseComparison);
    }

    [Fact]
    public async Task Serve_UnreadableDiet_RefusedWithTheReasonNeverRunUnconstrained()
    {
        var activities = new RecipeServingActivities(new RecipeGenerator(fixture.Host, fixture.Options));

        var output = await activities.ServeAsync(new ServeRecipeInput("U1", "r-2", Pantry, ["vegan", "breatharian"], [], null, "dinner"));

        Assert.Equal(ServingOutcome.Error, output.Answer.Outcome);
        Assert.Contains("'breatharian' is not a supported dietary constraint", Assert.Single(output.Answer.Reasons), StringComparison.Ordinal);
        Assert.Equal((0, string.Empty), (output.Answer.Attempts, output.Answer.Prompt));
    }
}
