namespace PantryPilot.Contracts.Serving;

/// <param name="Answer">The served answer (the promoted adapter's, or the base model's while none is promoted).</param>
/// <param name="BaseComparison">Compare mode with an adapter: the base model's answer to the same request.</param>
/// <param name="Diets">The diets the pool applied, as tags.</param>
public sealed record ServeRecipeOutput(ServedAnswer Answer, ServedAnswer? BaseComparison, IReadOnlyList<string> Diets);
