using System.Diagnostics;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.Ontology;
using PantryPilot.Inference.Hosting;
using PantryPilot.Inference.Model;
using PantryPilot.Inference.Recipes;

namespace PantryPilot.Inference.Evaluation;

/// <summary>
/// Measures one model variant on one validation sample, twice:
/// * raw: the model's own choices from the FULL pantry (no pre-filter, no validation, no retry, no gate), each chosen
///   ingredient and addition judged by the ontology. This is what the original system measured. The raw recipe is
///   judged here and dropped: only counts and ingredient names leave (never a recipe anyone could be served).
/// * served: the same request through the full guarded pipeline (<see cref="RecipeGenerator"/>), the returned recipe
///   re-validated independently (<see cref="ComplianceEvaluator"/>): must never show a violation.
/// </summary>
public sealed class CheckpointEvaluator(
    IRecipeTextGenerator model,
    RecipeGenerator guarded,
    InferenceOptions options,
    IngredientOntology? ontology = null)
{
    private readonly IngredientOntology ontology = ontology ?? IngredientOntology.Default;

    /// <param name="progress">Told every few generated tokens, of the raw answer and of each served attempt: a sample
    /// can take several generations of up to the wall-time limit each, longer than an activity's heartbeat
    /// timeout.</param>
    public async Task<SampleVerdict> EvaluateAsync(
        ComplianceCase sample,
        string? adapter,
        int? maxTokens,
        CancellationToken cancellationToken,
        Action<GenerationProgress>? progress = null)
    {
        var tokens = Math.Clamp(maxTokens ?? options.DefaultMaxTokens, 1, options.MaxTokensLimit);
        var policy = new DietaryPolicy(ontology, sample.Input.Constraints, sample.Input.Allergies);
        var fullPantry = sample.Input.Pantry.Where(p => !string.IsNullOrWhiteSpace(p.Name)).ToList();

        var stopwatch = Stopwatch.StartNew();
        var prompt = model.EncodePrompt(RecipePrompt.Build(sample.Input, fullPantry));
        var generation = await model.GenerateAsync(
            new GenerationRequest(
                prompt,
                tokens,
                RecipeSchema.Build(fullPantry),
                adapter,
                Attempt: 1,
                options.WallTimeLimit,
                options.HeartbeatEveryTokens),
            progress,
            cancellationToken);
        var latency = stopwatch.Elapsed.TotalMilliseconds;
        var parsed = RecipeParser.Parse(generation.Text);
        var violations = parsed.Recipe is null ? [] : RawViolations(parsed.Recipe, policy);

        var servedInput = sample.Input with { Adapter = adapter, MaxTokens = tokens, Compare = false };
        var servedCase = sample with { Input = servedInput };
        var served = await new ComplianceEvaluator(guarded, ontology).RunAsync(servedCase, cancellationToken, progress);
        return new SampleVerdict(
            sample.Id,
            sample.Tags,
            parsed.Recipe is not null,
            parsed.Recipe is not null && violations.Count == 0,
            violations,
            served.Outcome == RecipeOutcome.Recipe,
            served.Violations.Count,
            latency,
            generation.TokensGenerated,
            generation.Elapsed.TotalSeconds > 0 ? generation.TokensGenerated / generation.Elapsed.TotalSeconds : 0);
    }

    /// <summary>Every chosen ingredient and suggested addition the policy does not allow: forbidden ones, and under a
    /// constraint also unknown ones (nothing shows they comply).</summary>
    public static IReadOnlyList<string> RawViolations(Recipe recipe, DietaryPolicy policy) =>
        recipe.Ingredients.Select(i => i.Name).Concat(recipe.SuggestedAdditions)
            .Select(policy.Check)
            .Where(v => v.Status != ComplianceStatus.Allowed)
            .Select(v => $"{v.Status.ToString().ToLowerInvariant()}: {v.Ingredient}")
            .ToList();
}
