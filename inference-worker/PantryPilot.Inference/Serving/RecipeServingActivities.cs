using Microsoft.Extensions.Logging;
using PantryPilot.Contracts.Activities;
using PantryPilot.Contracts.Serving;
using PantryPilot.Domain.Ontology;
using PantryPilot.Inference.Model;
using PantryPilot.Inference.Recipes;
using Temporalio.Activities;

namespace PantryPilot.Inference.Serving;

/// <summary>Household recipe requests on the serving queue: a thin mapping from the contract's request (diets and
/// allergies as words) to the guarded <see cref="RecipeGenerator"/>, and back. Diets that cannot be read fail the
/// request with the reason; it never runs with fewer constraints than were asked for.</summary>
public sealed class RecipeServingActivities(
    RecipeGenerator generator,
    ServedModel? served = null) : IRecipeServingActivities
{
    [Activity(ServingNames.ServeActivity)]
    public async Task<ServeRecipeOutput> ServeAsync(ServeRecipeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var context = CurrentActivity.Context;
        DietaryRequest diets;
        try
        {
            diets = DietaryRequest.Parse(input.Diets ?? [], input.Allergies ?? []);
        }
        catch (DietaryRequestException ex)
        {
            var refused = new ServedAnswer(
                ServingOutcome.Error,
                null,
                [$"invalid request: {ex.Message}"],
                string.Empty,
                "base",
                string.Empty,
                [],
                0,
                0,
                0);
            return new ServeRecipeOutput(refused, null, []);
        }

        var pantry = (input.Pantry ?? []).Select(i => new PantryItem(i.Name, i.Quantity, i.Unit, i.Expires)).ToList();
        var request = new GenerateRecipeInput(
            pantry, diets.Constraints, input.Allergies ?? [], input.Cuisine, input.Request ?? string.Empty,
            Adapter: input.Adapter ?? served?.Adapter, Compare: input.Compare, MaxTokens: input.MaxTokens);
        var output = await generator.GenerateAsync(
            request,
            progress => context?.Heartbeat(progress),
            context?.CancellationToken ?? CancellationToken.None);
        context?.Logger.LogInformation(
            "serve-recipe {Household}/{Request}: {Outcome} variant={Variant} attempts={Attempts} {Elapsed:F0} ms",
            input.HouseholdId, input.RequestId, output.Outcome, output.Variant, output.Diagnostics.Attempts,
            output.Diagnostics.ElapsedMs);
        return new ServeRecipeOutput(
            Map(output),
            output.BaseComparison is { } baseline ? Map(baseline) : null,
            diets.Constraints.Select(c => c.Tag()).ToList());
    }

    public static ServedAnswer Map(GenerateRecipeOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var outcome = output.Outcome switch
        {
            RecipeOutcome.Recipe => ServingOutcome.Recipe,
            RecipeOutcome.NoCompliantRecipe => ServingOutcome.NoCompliantRecipe,
            _ => ServingOutcome.Error,
        };
        var recipe = output.Recipe is { } r
            ? new ServedRecipe(
                r.Title,
                r.Cuisine,
                r.TimeMinutes,
                r.Ingredients.Select(i => new ServedIngredient(i.Name, i.Amount, i.Unit)).ToList(),
                r.SuggestedAdditions,
                r.Steps)
            : null;
        var reasons = new[] { output.Reason, output.Error?.Message }.OfType<string>().Distinct().ToList();
        return new ServedAnswer(
            outcome,
            recipe,
            reasons,
            output.Diagnostics.Model,
            output.Variant,
            output.Prompt,
            output.Excluded.Select(e => new ServedExclusion(e.Name, e.Reason)).ToList(),
            output.Trimmed,
            output.Diagnostics.Attempts,
            output.Diagnostics.ElapsedMs);
    }
}
