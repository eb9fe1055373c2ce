using PantryPilot.Domain.Ontology;

namespace PantryPilot.Domain.Ingredients;

/// <summary>What a name says about which food it is, read with the ontology's tables: its head food term ("cod" in "cod
/// fillet", "pepper" in "black pepper"... unless "black pepper" is the term), other foods that qualify it ("cheddar" in
/// "cheddar cheese"), cuts, colours, diet qualifiers and words nothing knows.</summary>
/// <param name="Key">The ontology's words joined: equal keys are the same name.</param>
/// <param name="Head">The head food term; for a name with no food term, its last unknown word (see <see
/// cref="HeadIsTerm"/>).</param>
/// <param name="Multiple">The name lists several foods ("salt and pepper"): it is only ever the same as itself.</param>
internal sealed record IngredientIdentity(
    string Key,
    string? Head,
    bool HeadIsTerm,
    bool Multiple,
    IReadOnlySet<string> Modifiers,
    IReadOnlySet<string> Cuts,
    IReadOnlySet<string> Colours,
    IReadOnlySet<string> Unknown,
    IReadOnlySet<string> Forms,
    IngredientTraits Removes,
    IngredientTraits Traits,
    IngredientTraits MayContain)
{
    /// <summary>The terms the head is a kind of, nearest first, with whether each relation holds both ways
    /// ("extra virgin olive oil" → olive oil: both, oil: one way); empty when the head is no term.</summary>
    public IReadOnlyDictionary<string, bool> Generals { get; init; } = new Dictionary<string, bool>();

    /// <summary>The words that describe this name beyond its head, for reasons.</summary>
    public IEnumerable<string> Extras => Modifiers.Concat(Cuts).Concat(Colours).Concat(Unknown).Concat(Forms);
}
