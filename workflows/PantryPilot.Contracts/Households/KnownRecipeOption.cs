namespace PantryPilot.Contracts.Households;

/// <summary>One option of a served recipe; <paramref name="Ingredients"/> is empty when the option was no
/// recipe.</summary>
public sealed record KnownRecipeOption(string Label, string? Title, IReadOnlyList<StockLine> Ingredients);
