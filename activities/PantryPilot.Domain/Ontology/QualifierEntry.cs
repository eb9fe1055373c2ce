namespace PantryPilot.Domain.Ontology;

/// <summary>A word or phrase that removes traits from what it qualifies ("vegan", "gluten free", "egg replacer" is a
/// food).</summary>
public sealed record QualifierEntry(string Phrase, IngredientTraits Removes, string Note);
