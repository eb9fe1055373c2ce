using PantryPilot.Domain.Ontology;
using PantryPilot.Inference.Model;
using PantryPilot.Inference.Recipes;
using Temporalio.Testing;

namespace PantryPilot.Inference.Tests;

[Collection(TinyModelCollection.Name)]
public class ActivityTests(TinyModelFixture fixture)
{
    private static GenerateRecipeInput Input(int maxTokens) => new(
        [new("tofu", 400, "g"), new("rice", 1, "kg"), new("chicken stock", 1, "L")],
        [DietaryConstraint.Vegan],
        ["sesame"],
        "Japanese",
        "quick dinner",
        MaxTokens: maxTokens);

    private RecipeInferenceActivities Activities(int heartbeatEvery = 4, int attempts = 3)
    {
        var options = TinyModel.Options();
        options.HeartbeatEveryTokens = heartbeatEvery;
        options.MaxAttempts = attempts;
        return new RecipeInferenceActivities(new RecipeGenerator(fixture.Host, options));
    }

    [Fact]
    public async Task GenerateRecipeAsync_InActivityEnvironment_HeartbeatsWithProgress()
    {
        var heartbeats = new List<GenerationProgress>();
        var env = new ActivityEnvironment { Heartbeater = details => heartbeats.AddRange(details.OfType<GenerationProgress>()) };
        var output = await env.RunAsync(() => Activities(heartbeatEvery: 4).GenerateRecipeAsync(Input(maxTokens: 16)));

        Assert.Equal(RecipeOutcome.NoCompliantRecipe, output.Outcome);
        Assert.Equal(output.Diagnostics.TokensGenerated / 4, heartbeats.Count);
        Assert.Contains(output.Excluded, e => e.Name == "chicken stock" && e.Status == ComplianceStatus.Forbidden);
    }

    [Fact]
    public async Task GenerateRecipeAsync_CancelledByTemporal_StopsPromptly()
    {
        ActivityEnvironment? env = null;
        var heartbeats = 0;
        env = new ActivityEnvironment
        {
            Heartbeater = _ =>
            {
                heartbeats++;
                if (heartbeats == 2)
                {
                    env!.Cancel();
                }
            },
        };
        var activities = Activities(heartbeatEvery: 1, attempts: 3);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => env.RunAsync(() => activities.GenerateRecipeAsync(Input(maxTokens: 300))));
        Assert.Equal(2, heartbeats);
    }

    [Fact]
    public async Task GenerateRecipeAsync_AbsentAdapter_ReturnsStructuredError()
    {
        var env = new ActivityEnvironment();
        var output = await env.RunAsync(() => Activities().GenerateRecipeAsync(Input(8) with { Adapter = "keto" }));
        Assert.Equal(RecipeOutcome.Error, output.Outcome);
        Assert.Equal("adapter_unavailable", output.Error!.Code);
        Assert.Contains("keto", output.Error.Message, StringComparison.Ordinal);
        Assert.Null(output.Recipe);
    }
}
