using PantryPilot.Domain.Ontology;

namespace PantryPilot.Inference.Recipes;

/// <summary>Output of GenerateRecipe. <see cref="BaseComparison"/> holds the base model's answer in compare
/// mode.</summary>
/// <param name="Trimmed">Allowed pantry items left out of the prompt because the pantry did not fit the model's context
/// (ranked: expiring soonest, then largest quantity, then relevance to the request).</param>
/// <param name="Prompt">The prompt text the model was given (empty when none was built), so feedback can be tied to
/// it.</param>
public sealed record GenerateRecipeOutput(
    RecipeOutcome Outcome,
    Recipe? Recipe,
    string? Reason,
    InferenceError? Error,
    string Variant,
    IReadOnlyList<ExcludedItem> Excluded,
    GenerationDiagnostics Diagnostics,
    GenerateRecipeOutput? BaseComparison = null,
    int Trimmed = 0,
    string Prompt = "");
