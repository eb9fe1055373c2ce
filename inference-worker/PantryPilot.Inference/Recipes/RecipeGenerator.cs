using System.Diagnostics;
using PantryPilot.Domain.Ontology;
using PantryPilot.Inference.Hosting;
using PantryPilot.Inference.Model;

namespace PantryPilot.Inference.Recipes;

/// <summary>
/// The recipe pipeline, free of Temporal: ontology → pantry pre-filter → Phi-3 prompt → schema-guided generation →
/// parse → validate → bounded repair/retry → final compliance gate.
/// </summary>
public sealed class RecipeGenerator(
    IRecipeTextGenerator model,
    InferenceOptions options,
    IngredientOntology? ontology = null)
{
    private readonly IngredientOntology ontology = ontology ?? IngredientOntology.Default;

    public async Task<GenerateRecipeOutput> GenerateAsync(
        GenerateRecipeInput input,
        Action<GenerationProgress>? progress,
        CancellationToken cancellationToken)
    {
        var result = await GenerateVariantAsync(input, input.Adapter, progress, cancellationToken);
        if (input.Compare && input.Adapter is not null)
        {
            var baseline = await GenerateVariantAsync(input, null, progress, cancellationToken);
            result = result with { BaseComparison = baseline };
        }

        return result;
    }

    private async Task<GenerateRecipeOutput> GenerateVariantAsync(
        GenerateRecipeInput input,
        string? adapter,
        Action<GenerationProgress>? progress,
        CancellationToken cancellationToken)
    {
        var variant = adapter ?? "base";
        var run = new RunLog(model.Provider, model.ModelName, model.Guidance);
        if (RequestProblem(input) is { } problem)
        {
            // A malformed request never runs with fewer constraints than it meant: it fails, naming the field.
            return new GenerateRecipeOutput(
                RecipeOutcome.Error,
                null,
                problem,
                new InferenceError("invalid_request", problem),
                variant,
                [],
                run.Diagnostics());
        }

        var policy = new DietaryPolicy(ontology, input.Constraints, input.Allergies);
        foreach (var correction in policy.Request.Corrections)
        {
            // The answer says how the request was read when a misspelt allergy was read as the one word it is near.
            run.Note(0, $"request read: {correction}");
        }

        var pantry = PantryPreFilter.Apply(input.Pantry, policy);
        var maxTokens = Math.Clamp(input.MaxTokens ?? options.DefaultMaxTokens, 1, options.MaxTokensLimit);
        var answerTokens = model.ContextLength is { } context ? Math.Min(maxTokens, context / 2) : maxTokens;
        var (shown, prompt) = pantry.Allowed.Count == 0
            ? ([], [])
            : PantryTrimmer.Fit(pantry.Allowed, input, model, answerTokens);
        var trimmed = pantry.Allowed.Count - shown.Count;
        var validator = new RecipeValidator(policy, shown);

        var promptText = shown.Count == 0 ? string.Empty : RecipePrompt.Build(input, shown);
        GenerateRecipeOutput Finish(RecipeOutcome outcome, Recipe? recipe, string? reason, InferenceError? error = null)
            => RecipeComplianceGate.Enforce(
                new GenerateRecipeOutput(
                    outcome, recipe, reason, error, variant, pantry.Excluded, run.Diagnostics(),
                    Trimmed: trimmed, Prompt: promptText),
                validator);

        if (pantry.Allowed.Count == 0)
        {
            return Finish(
                RecipeOutcome.NoCompliantRecipe,
                null,
                $"no pantry item satisfies the constraints ({pantry.Excluded.Count} excluded)");
        }

        if (shown.Count == 0)
        {
            return Finish(
                RecipeOutcome.Error,
                null,
                "prompt too large: not even one pantry item fits the model's context",
                new InferenceError("prompt_too_large", "not even one pantry item fits the model's context"));
        }

        var request = new GenerationRequest(
            prompt,
            maxTokens,
            RecipeSchema.Build(shown),
            adapter,
            Attempt: 1,
            options.WallTimeLimit,
            options.HeartbeatEveryTokens);
        var (outcome, recipe, reason, error) = await AttemptAsync(request, validator, run, progress, cancellationToken);
        return Finish(outcome, recipe, reason, error);
    }

    /// <summary>Up to <see cref="InferenceOptions.MaxAttempts"/> generations of <paramref name="request"/>: the first
    /// that parses and validates, or that a repair makes valid, is the answer; each attempt is noted in
    /// <paramref name="run"/>.</summary>
    private async Task<(RecipeOutcome Outcome, Recipe? Recipe, string? Reason, InferenceError? Error)> AttemptAsync(
        GenerationRequest request,
        RecipeValidator validator,
        RunLog run,
        Action<GenerationProgress>? progress,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= options.MaxAttempts; attempt++)
        {
            GenerationResult generation;
            try
            {
                generation = await model.GenerateAsync(request with { Attempt = attempt }, progress, cancellationToken);
            }
            catch (AdapterUnavailableException ex)
            {
                return (RecipeOutcome.Error, null, ex.Message, new InferenceError("adapter_unavailable", ex.Message));
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
                return (RecipeOutcome.Recipe, parsed.Recipe, null, null);
            }

            run.Reject(validation.Violations);
            var repaired = validator.Repair(parsed.Recipe, validation);
            if (repaired is not null)
            {
                run.Note(attempt, $"repaired: dropped {validation.AdditionViolations.Count} violating addition(s)");
                return (RecipeOutcome.Recipe, repaired, null, null);
            }

            run.Note(
                attempt,
                $"rejected: {string.Join("; ", validation.Violations.Concat(validation.StructuralProblems))}");
        }

        return (
            RecipeOutcome.NoCompliantRecipe,
            null,
            $"no compliant recipe in {options.MaxAttempts} attempt(s): {run.LastNote}",
            null);
    }

    /// <summary>Why a request cannot run as sent (a missing list, an absurd item), or null. Temporal leaves a field
    /// the caller misspelled as null; that must fail, not run unconstrained.</summary>
    public static string? RequestProblem(GenerateRecipeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Pantry is null)
        {
            return "invalid request: field pantry is missing";
        }

        if (input.Constraints is null)
        {
            return "invalid request: field constraints is missing (send [] for none)";
        }

        if (input.Allergies is null)
        {
            return "invalid request: field allergies is missing (send [] for none)";
        }

        for (var i = 0; i < input.Pantry.Count; i++)
        {
            var item = input.Pantry[i];
            if (item is null)
            {
                return $"invalid request: pantry[{i}] is null";
            }

            if (item.Name is { Length: > PantryTrimmer.MaxNameLength })
            {
                return $"invalid request: pantry[{i}] name is {item.Name.Length} characters long (limit "
                    + $"{PantryTrimmer.MaxNameLength}); '{item.Name[..40]}...' is not an ingredient name";
            }
        }

        for (var i = 0; i < input.Constraints.Count; i++)
        {
            if (!Enum.IsDefined(input.Constraints[i]))
            {
                return $"invalid request: constraints[{i}] = {(int)input.Constraints[i]} is not a dietary constraint "
                    + $"({DietaryConstraints.SupportedTags})";
            }
        }

        try
        {
            DietaryRequest.Parse([], input.Allergies);
        }
        catch (DietaryRequestException ex)
        {
            return $"invalid request: {ex.Message}";
        }

        return null;
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
                guidanceNote = "guidance failed in the runtime, fell back to unconstrained + validation: "
                    + $"{generation.GuidanceError}";
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
