namespace PantryPilot.Domain.RecipeModel;

/// <summary>The assistant's answer in the serving schema (title, cuisine, time_minutes, ingredients,
/// suggested_additions, steps).</summary>
public sealed record RecipeAnswer(
    string Title,
    string Cuisine,
    int TimeMinutes,
    IReadOnlyList<AnswerIngredient> Ingredients,
    IReadOnlyList<string> SuggestedAdditions,
    IReadOnlyList<string> Steps);
