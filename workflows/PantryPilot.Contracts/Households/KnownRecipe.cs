namespace PantryPilot.Contracts.Households;

/// <summary>A recently served recipe, kept small: what cook deducts and what feedback may name.</summary>
public sealed record KnownRecipe(string RequestId, IReadOnlyList<KnownRecipeOption> Options);
