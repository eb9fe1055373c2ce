namespace PantryPilot.Contracts.Households;

/// <summary>The answer of <c>request-recipe</c>: a recipe, or a structured "no compliant recipe" with reasons, per
/// option.</summary>
/// <param name="Diets">The diets that were applied, as tags.</param>
/// <param name="PantryItems">Items offered to the model (soonest expiry first), before the model's own
/// trimming.</param>
public sealed record RecipeAnswer(
    string RequestId,
    RecipeAnswerKind Kind,
    IReadOnlyList<RecipeOption> Options,
    IReadOnlyList<string> Diets,
    int PantryItems,
    IReadOnlyList<string> Notes,
    DateTime ServedAt);
