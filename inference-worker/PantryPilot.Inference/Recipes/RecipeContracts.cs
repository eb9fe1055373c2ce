using PantryPilot.Domain.Ontology;

namespace PantryPilot.Inference.Recipes;

/// <param name="Expires">Expiry date when known; a pantry too large for the model's context keeps what expires first.</param>
public sealed record PantryItem(string Name, double Quantity, string Unit, DateOnly? Expires = null);

/// <summary>Input of GenerateRecipe.</summary>
/// <param name="Allergies">Free text: "sesame", "shellfish", "kiwi".</param>
/// <param name="Adapter">LoRA adapter name; null for the base model.</param>
/// <param name="Compare">Also run the base model on the same request and return both.</param>
/// <param name="MaxTokens">Per attempt; null for the configured default.</param>
public sealed record GenerateRecipeInput(
    IReadOnlyList<PantryItem> Pantry,
    IReadOnlyList<DietaryConstraint> Constraints,
    IReadOnlyList<string> Allergies,
    string? Cuisine,
    string Request,
    string? Adapter = null,
    bool Compare = false,
    int? MaxTokens = null);

public sealed record RecipeIngredient(string Name, double Amount, string Unit);

public sealed record Recipe(
    string Title,
    string Cuisine,
    int TimeMinutes,
    IReadOnlyList<RecipeIngredient> Ingredients,
    IReadOnlyList<string> SuggestedAdditions,
    IReadOnlyList<string> Steps);

public enum RecipeOutcome
{
    /// <summary>A recipe that passed the final compliance gate.</summary>
    Recipe,

    /// <summary>No compliant recipe could be produced; <see cref="GenerateRecipeOutput.Reason"/> says why.</summary>
    NoCompliantRecipe,

    /// <summary>The request could not be served (e.g. adapter not available); <see cref="GenerateRecipeOutput.Error"/> says why.</summary>
    Error,
}

/// <summary>A pantry item never shown to the model, and why.</summary>
public sealed record ExcludedItem(string Name, ComplianceStatus Status, string Reason);

public sealed record InferenceError(string Code, string Message);

/// <param name="ViolationsRejected">Violations found in model output and rejected (never returned).</param>
/// <param name="GuidanceNote">Whether guidance was used and why not, when it was not.</param>
public sealed record GenerationDiagnostics(
    int Attempts,
    int TokensGenerated,
    double TokensPerSecond,
    double ElapsedMs,
    string Provider,
    string Model,
    bool GuidanceUsed,
    string GuidanceNote,
    IReadOnlyList<string> ViolationsRejected,
    IReadOnlyList<string> AttemptNotes);

/// <summary>Output of GenerateRecipe. <see cref="BaseComparison"/> holds the base model's answer in compare mode.</summary>
/// <param name="Trimmed">Allowed pantry items left out of the prompt because the pantry did not fit the model's context
/// (ranked: expiring soonest, then largest quantity, then relevance to the request).</param>
/// <param name="Prompt">The prompt text the model was given (empty when none was built), so feedback can be tied to it.</param>
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
