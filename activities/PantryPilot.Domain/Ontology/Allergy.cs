namespace PantryPilot.Domain.Ontology;

/// <summary>One allergy as written ("allergic to peanuts", "shellfish", "kiwi") and what it forbids.</summary>
/// <param name="Text">What it names, normalised, without the words that only say "allergy" ("allergic to peanuts" →
/// "peanut").</param>
/// <param name="Traits">Allergen groups it forbids (EU 14 / FDA 9 and derived foods), from
/// <c>Data/allergens.csv</c>.</param>
/// <param name="Foods">Single foods it forbids when the text names no group ("pork", "kiwi"), in normalised
/// words.</param>
public sealed record Allergy(string Text, IngredientTraits Traits, IReadOnlyList<string> Foods)
{
    /// <summary>The label used in reports and CSV: "allergy:peanut".</summary>
    public string Label => "allergy:" + Text;
}
