namespace PantryPilot.Domain.Ontology;

/// <summary>An allergy phrase ("shellfish", "cow milk", "celiac") and the traits it forbids.</summary>
public sealed record AllergenEntry(string Phrase, IngredientTraits Traits, string Note);
