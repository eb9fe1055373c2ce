namespace PantryPilot.Domain.Ontology;

/// <summary>How the ontology read one ingredient name.</summary>
/// <param name="Name">The name as given.</param>
/// <param name="IsKnown">True when a food term matched and every other word is a known descriptor, qualifier or
/// cut.</param>
/// <param name="Traits">What it certainly contains, after negating qualifiers.</param>
/// <param name="MatchedTerms">The table terms that matched, in name order.</param>
/// <param name="UnknownWords">Words nothing covers; non-empty means <see cref="IsKnown"/> is false.</param>
public sealed record IngredientClassification(
    string Name,
    bool IsKnown,
    IngredientTraits Traits,
    IReadOnlyList<string> MatchedTerms,
    IReadOnlyList<string> UnknownWords)
{
    /// <summary>What it may contain (animal rennet, fish in curry paste, wheat in miso), beyond
    /// <see cref="Traits"/>.</summary>
    public IngredientTraits MayContain { get; init; }

    /// <summary>Single foods it is made of ("ham" → pork), plus the words of its name; for one-food
    /// allergies.</summary>
    public IReadOnlySet<string> Sources { get; init; } = new HashSet<string>();

    /// <summary>Single foods it may be made of ("gelatin" → pork, beef, fish).</summary>
    public IReadOnlySet<string> MaySources { get; init; } = new HashSet<string>();

    /// <summary>The normalised words the name was read as.</summary>
    public IReadOnlyList<string> Words { get; init; } = [];

    /// <summary>How each trait came to be: "'chicken' → Meat", "'wings' is a cut of meat", "'vegan' removes
    /// ...".</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Which words gave which traits, after qualifiers: what a verdict names as its deciding words.</summary>
    public IReadOnlyList<TraitEvidence> Evidence { get; init; } = [];

    /// <summary>The words that gave any of <paramref name="traits"/> (certainly or possibly), in name order, or
    /// empty.</summary>
    public IReadOnlyList<string> WordsGiving(IngredientTraits traits) =>
        Evidence
            .Where(e => ((e.Traits | e.MayContain) & traits) != IngredientTraits.None)
            .Select(e => e.Words)
            .Distinct()
            .ToList();
}
