using PantryPilot.Domain.Ontology;

namespace PantryPilot.Inference.Recipes;

public sealed record Recipe(
    string Title,
    string Cuisine,
    int TimeMinutes,
    IReadOnlyList<RecipeIngredient> Ingredients,
    IReadOnlyList<string> SuggestedAdditions,
    IReadOnlyList<string> Steps);
