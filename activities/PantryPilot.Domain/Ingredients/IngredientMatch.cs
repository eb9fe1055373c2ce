namespace PantryPilot.Domain.Ingredients;

/// <summary>The matcher's answer for one name.</summary>
public sealed class IngredientMatch
{
    private readonly Func<string>? explain;
    private string? reason;

    /// <param name="kind">Same, Identity, Ambiguous or None.</param>
    /// <param name="candidates">Indexes into the candidate list: the chosen one first (Same: every duplicate of it),
    /// or every candidate that fits equally (Ambiguous); empty for None.</param>
    /// <param name="reason">The words that decided, for a person ("'cod fillet' is 'cod': cut 'fillet'").</param>
    public IngredientMatch(MatchKind kind, IReadOnlyList<int> candidates, string reason)
    {
        Kind = kind;
        Candidates = candidates;
        this.reason = reason;
    }

    /// <summary>An answer whose reason is written only when someone reads it: a filter asks millions of
    /// times.</summary>
    internal IngredientMatch(MatchKind kind, IReadOnlyList<int> candidates, Func<string> explain)
    {
        Kind = kind;
        Candidates = candidates;
        this.explain = explain;
    }

    public MatchKind Kind { get; }

    public IReadOnlyList<int> Candidates { get; }

    /// <summary>The words that decided, for a person ("'cod fillet' is 'cod': same food 'cod'; differs in
    /// 'fillet'").</summary>
    public string Reason => reason ??= explain!();

    /// <summary>The chosen candidate for Same and Identity; null for Ambiguous and None.</summary>
    public int? Index => Kind is MatchKind.Same or MatchKind.Identity ? Candidates[0] : null;

    public bool IsMatch => Index is not null;

    public static IngredientMatch NoMatch(string reason) => new(MatchKind.None, [], reason);

    public override string ToString() => $"{Kind} [{string.Join(", ", Candidates)}]: {Reason}";
}
