namespace PantryPilot.Domain.Ontology;

/// <summary>How the ontology read one ingredient name.</summary>
/// <param name="Name">The name as given.</param>
/// <param name="IsKnown">True when every significant word was covered by a table term.</param>
/// <param name="Traits">Union of the traits of every matched term.</param>
/// <param name="MatchedTerms">The table terms that matched, longest compound first.</param>
/// <param name="UnknownWords">Words no term or descriptor covers; non-empty means <see cref="IsKnown"/> is false.</param>
public sealed record IngredientClassification(
    string Name,
    bool IsKnown,
    IngredientTraits Traits,
    IReadOnlyList<string> MatchedTerms,
    IReadOnlyList<string> UnknownWords);
