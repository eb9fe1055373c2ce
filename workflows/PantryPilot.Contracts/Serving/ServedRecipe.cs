namespace PantryPilot.Contracts.Serving;

/// <param name="Ingredients">Taken from the pantry (cook deducts these).</param>
/// <param name="SuggestedAdditions">Not in the pantry: a shopping hint, never deducted.</param>
public sealed record ServedRecipe(
    string Title,
    string Cuisine,
    int TimeMinutes,
    IReadOnlyList<ServedIngredient> Ingredients,
    IReadOnlyList<string> SuggestedAdditions,
    IReadOnlyList<string> Steps);
