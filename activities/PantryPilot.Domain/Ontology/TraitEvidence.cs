namespace PantryPilot.Domain.Ontology;

/// <summary>What some words of a name contributed to its reading: the words that decide a verdict.</summary>
/// <param name="Words">The words of the name, as read ("chicken stock", "almond milk", "chiken").</param>
/// <param name="Traits">What those words certainly add.</param>
/// <param name="MayContain">What they may add.</param>
/// <param name="Rule">How they were read: "food", "cut", "base before head", "spelling variant", "words in another
/// order".</param>
public sealed record TraitEvidence(string Words, IngredientTraits Traits, IngredientTraits MayContain, string Rule);
