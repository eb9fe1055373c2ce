namespace PantryPilot.Contracts.Households;

/// <summary>Update <c>cook</c>: deducts a served recipe's ingredients (or the ingredients given) from the pantry,
/// with unit conversion and ingredient identity, never below zero; reports what was missing.</summary>
/// <param name="RecipeRequestId">The request-recipe whose answer was cooked.</param>
/// <param name="Option">Which answer ("a", "b"); default "a".</param>
/// <param name="Ingredients">Instead of a served recipe: what was used.</param>
/// <param name="Portions">Multiplies every amount (2 = the recipe twice).</param>
public sealed record CookRequest(
    string RequestId,
    string? RecipeRequestId = null,
    string? Option = null,
    IReadOnlyList<StockLine>? Ingredients = null,
    double Portions = 1);
