using System.Diagnostics;
using PantryPilot.Domain.Ontology;
using PantryPilot.Inference.Hosting;
using PantryPilot.Inference.Model;

namespace PantryPilot.Inference.Recipes;

/// <summary>
/// The recipe pipeline, free of Temporal: ontology → pantry pre-filter → Phi-3 prompt → schema-guided generation →
/// parse → validate → bounded repair/retry → final compliance gate.
/// </summary>
public sealed class RecipeGenerator(IRecipeTextGenerator model, InferenceOptions options, IngredientOntology? ontology = null)
{
    private readonly IngredientOntology ontology = ontology ?? IngredientOntology.Default;

    public async Task<GenerateRecipeOutput> GenerateAsync(GenerateRecipeInput input, Action<GenerationProgress>? progress, CancellationToken cancellationToken)
    {
        var result = await GenerateVariantAsync(input, input.Adapter, progress, cancellationToken);
        if (input.Compare && input.Adapter is not null)
        {
            var baseline = await GenerateVariantAsync(input, null, progress, cancellationToken);
            result = result with { BaseComparison = baseline };
        }

        return result;
    }

    private async Task<GenerateRecipeOutput> GenerateVariantAsync(GenerateRecipeInput input, string? adapter, Action<GenerationProgress>? progress, CancellationToken cancellationToken)
    {
        var policy = new DietaryPolicy(ontology, input.Constraints, input.Allergies);
        var pantry = PantryPreFilter.Apply(input.Pantry, policy);
        var validator = new RecipeValidator(policy, pantry.Allowed);
        var variant = adapter ?? "base";
        var run = new RunLog(model.Provider, model.ModelName, model.Guidance);

        GenerateRecipeOutput Finish(RecipeOutcome outcome, Recipe? recipe, string? reason, InferenceError? error = null) =>
            RecipeComplianceGate.Enforce(new GenerateRecipeOutput(outcome, recipe, reason, error, variant, pantry.Excluded, run.Diagnostics()), validator);

        if (pantry.Allowed.Count == 0)
        {
            return Finish(RecipeOutcome.NoCompliantRecipe, null, $"no pantry item satisfies the constraints ({pantry.Excluded.Count} excluded)");
        }

        var maxTokens = Math.Clamp(input.MaxTokens ?? options.DefaultMaxTokens, 1, options.MaxTokensLimit);
        var prompt = model.EncodePrompt(RecipePrompt.Build(input, pantry.Allowed));
        var schema = RecipeSchema.Build(pantry.Allowed);
        for (var attempt = 1; attempt <= options.MaxAttempts; attempt++)
        {
            GenerationResult generation;
            try
            {
                generation = await model.GenerateAsync(
                    new GenerationRequest(prompt, maxTokens, schema, adapter, attempt, options.WallTimeLimit, options.HeartbeatEveryTokens),
                    progress,
                    cancellationToken);
            }
            catch (AdapterUnavailableException ex)
            {
                return Finish(RecipeOutcome.Error, null, ex.Message, new InferenceError("adapter_unavailable", ex.Message));
            }

            run.Add(generation);
            var parsed = RecipeParser.Parse(generation.Text);
            if (parsed.Recipe is null)
            {
                run.Note(attempt, $"rejected: {parsed.Error} (stopped: {generation.StopReason})");
                continue;
            }

            var validation = validator.Validate(parsed.Recipe);
            if (validation.IsValid)
            {
                run.Note(attempt, "accepted");
                return Finish(RecipeOutcome.Recipe, parsed.Recipe, null);
            }

            run.Reject(validation.Violations);
            var repaired = validator.Repair(parsed.Recipe, validation);
            if (repaired is not null)
            {
                run.Note(attempt, $"repaired: dropped {validation.AdditionViolations.Count} violating addition(s)");
                return Finish(RecipeOutcome.Recipe, repaired, null);
            }

            run.Note(attempt, $"rejected: {string.Join("; ", validation.Violations.Concat(validation.StructuralProblems))}");
        }

        return Finish(RecipeOutcome.NoCompliantRecipe, null, $"no compliant recipe in {options.MaxAttempts} attempt(s): {run.LastNote}");
    }

    /// <summary>Collects what the attempts did, for the diagnostics record.</summary>
    private sealed class RunLog(string provider, string modelName, GuidanceSupport guidance)
    {
        private readonly Stopwatch stopwatch = Stopwatch.StartNew();
        private readonly List<string> notes = [];
        private readonly List<string> rejected = [];
        private int attempts;
        private int tokens;
        private double generationSeconds;
        private bool guidanceUsed = guidance.Enabled;
        private string guidanceNote = guidance.Reason;

        public string LastNote => notes.Count == 0 ? "no attempt" : notes[^1];

        public void Add(GenerationResult generation)
        {
            attempts++;
            tokens += generation.TokensGenerated;
            generationSeconds += generation.Elapsed.TotalSeconds;
            if (generation.GuidanceError is not null)
            {
                guidanceUsed = false;
                guidanceNote = $"guidance failed in the runtime, fell back to unconstrained + validation: {generation.GuidanceError}";
            }
        }

        public void Note(int attempt, string note) => notes.Add($"attempt {attempt}: {note}");

        public void Reject(IEnumerable<string> violations) => rejected.AddRange(violations);

        public GenerationDiagnostics Diagnostics() => new(
            attempts,
            tokens,
            generationSeconds > 0 ? tokens / generationSeconds : 0,
            stopwatch.Elapsed.TotalMilliseconds,
            provider,
            modelName,
            guidanceUsed && attempts > 0,
            guidanceNote,
            rejected.ToList(),
            notes.ToList());
    }
}
