namespace PantryPilot.Contracts.Households;

/// <summary>A recipe the household plans to cook on <paramref name="Date"/>, with the ingredients it reserves (the
/// served option's, times the portions).</summary>
public sealed record PlannedRecipe(
    string PlanId,
    string RecipeRequestId,
    string Option,
    string? Title,
    DateOnly Date,
    double Portions,
    IReadOnlyList<StockLine> Ingredients);
