using Microsoft.Extensions.Logging;
using PantryPilot.Inference.Model;
using PantryPilot.Inference.Recipes;
using Temporalio.Activities;

namespace PantryPilot.Inference;

/// <summary>The activities of the recipe-inference task queue: thin adapters over <see
/// cref="RecipeGenerator"/>.</summary>
public class RecipeInferenceActivities(RecipeGenerator generator, ServedModel? served = null)
{
    public const string TaskQueue = Contracts.TaskQueues.Inference;

    /// <summary>The activity's pinned name: what clients and other workflows call (the name the SDK used to derive
    /// from the method, kept so nothing that calls it breaks; see NameRules).</summary>
    public const string GenerateRecipeName = "GenerateRecipe";

    /// <summary>Generates one dietary-compliant recipe (or says why there is none). Heartbeats every N tokens with
    /// <see cref="GenerationProgress"/>; cancelling the activity stops generation between tokens.</summary>
    [Activity(GenerateRecipeName)]
    public async Task<GenerateRecipeOutput> GenerateRecipeAsync(GenerateRecipeInput input)
    {
        var context = ActivityExecutionContext.Current;
        // A request that names no adapter gets what the registry promoted (the base model while nothing is).
        if (input.Adapter is null && served?.Adapter is { } promoted)
        {
            input = input with { Adapter = promoted };
        }

        var output = await generator.GenerateAsync(
            input,
            progress => context.Heartbeat(progress),
            context.CancellationToken);
        context.Logger.LogInformation(
            "GenerateRecipe {Outcome} variant={Variant} attempts={Attempts} tokens={Tokens} tok/s={TokensPerSecond:F1} "
            + "provider={Provider} rejected={Rejected}",
            output.Outcome,
            output.Variant,
            output.Diagnostics.Attempts,
            output.Diagnostics.TokensGenerated,
            output.Diagnostics.TokensPerSecond,
            output.Diagnostics.Provider,
            output.Diagnostics.ViolationsRejected.Count);
        return output;
    }
}
