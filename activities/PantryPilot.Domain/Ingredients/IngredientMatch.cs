namespace PantryPilot.Domain.Ingredients;

/// <summary>The matcher's answer for one name.</summary>
/// <param name="Kind">Same, Identity, Ambiguous or None.</param>
/// <param name="Candidates">Indexes into the candidate list: the chosen one first (Same: every duplicate of it),
/// or every candidate that fits equally (Ambiguous); empty for None.</param>
/// <param name="Reason">The words that decided, for a person ("'cod fillet' is 'cod': cut 'fillet'").</param>
public sealed record IngredientMatch(MatchKind Kind, IReadOnlyList<int> Candidates, string Reason)
{
    /// <summary>The chosen candidate for Same and Identity; null for Ambiguous and None.</summary>
    public int? Index => Kind is MatchKind.Same or MatchKind.Identity ? Candidates[0] : null;

    public bool IsMatch => Index is not null;

    public static IngredientMatch NoMatch(string reason) => new(MatchKind.None, [], reason);
}
