using PantryPilot.Domain.Ingredients;

namespace PantryPilot.Domain.Households;

/// <summary>The household's item lookup: the product's one ingredient-identity matcher
/// (<see cref="IngredientMatcher"/>). "block tofu" uses the "tofu" lot, "cod fillet" the "cod"; an ambiguous name is
/// never guessed.</summary>
public static class IdentityItemLookup
{
    public static ItemChoice Find(string name, IReadOnlyList<string> candidates)
    {
        var match = IngredientMatcher.Default.Match(name, candidates);
        return match.Kind switch
        {
            MatchKind.Same => new ItemChoice(match.Candidates, match.Reason),
            MatchKind.Identity => new ItemChoice([match.Candidates[0]], match.Reason),
            MatchKind.Ambiguous => ItemChoice.None($"'{StockInput.Shorten(name)}' is ambiguous: {match.Reason}"),
            _ => ItemChoice.None($"'{StockInput.Shorten(name)}' is not in the pantry ({match.Reason})"),
        };
    }
}
