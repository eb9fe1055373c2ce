using System.Collections.Frozen;
using PantryPilot.Domain.Ingredients;
using PantryPilot.Domain.Ontology;

namespace PantryPilot.Domain.RecipeModel;

/// <summary>What <see cref="AnswerReview"/> found: the answer as training should see it, the reasons to remove, and
/// what to count. <paramref name="StaplesAssumed"/>: ingredients and step foods taken as household staples, in
/// neither the pantry nor the additions.</summary>
internal sealed record ReviewResult(
    RecipeAnswer Answer,
    IReadOnlyList<FilterFinding> Findings,
    IReadOnlyList<IngredientLine>? Lines,
    IReadOnlyList<string> UnusedAdditions,
    IReadOnlyList<string> UnlistedStepIngredients,
    int Renamed,
    IReadOnlyList<string> StaplesAssumed)
{
    /// <summary>Ingredients in neither the pantry nor the additions, moved to the additions (what to buy).</summary>
    public IReadOnlyList<string> ToBuy { get; init; } = [];
}
