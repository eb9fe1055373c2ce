using PantryPilot.Domain.Ontology;

namespace PantryPilot.Inference.Recipes;

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
