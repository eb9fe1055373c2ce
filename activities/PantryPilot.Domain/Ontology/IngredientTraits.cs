namespace PantryPilot.Domain.Ontology;

/// <summary>
/// What an ingredient is made of, as far as dietary rules and allergen law care. An ingredient can carry several.
/// The allergen traits follow the EU 14 (Regulation 1169/2011 Annex II) and the US FDA 9 (FALCPA + FASTER Act).
/// </summary>
[Flags]
public enum IngredientTraits
{
    None = 0,

    /// <summary>Flesh of land animals or products of slaughter (stock, gelatin, lard, rennet, carmine).</summary>
    Meat = 1 << 0,
    Fish = 1 << 1,

    /// <summary>Shrimp, prawn, crab, lobster, crayfish, krill (EU "crustaceans"; the FDA's "crustacean shellfish").</summary>
    Crustacean = 1 << 2,
    Dairy = 1 << 3,
    Egg = 1 << 4,

    /// <summary>Animal by-products that are vegetarian but not vegan (honey, beeswax, royal jelly).</summary>
    Honey = 1 << 5,

    /// <summary>Wheat, rye, barley, oats cross-contact, spelt, kamut and their products (EU "cereals containing gluten").</summary>
    Gluten = 1 << 6,
    TreeNut = 1 << 7,
    Peanut = 1 << 8,
    Sesame = 1 << 9,
    Soy = 1 << 10,

    /// <summary>Clams, mussels, oysters, scallops, squid, octopus, snails (EU "molluscs").</summary>
    Mollusc = 1 << 11,
    Celery = 1 << 12,
    Mustard = 1 << 13,
    Lupin = 1 << 14,

    /// <summary>Sulphur dioxide and sulphites above 10 mg/kg (wine, dried fruit).</summary>
    Sulphite = 1 << 15,

    /// <summary>Both shellfish groups; what "shellfish" means in a request.</summary>
    Shellfish = Crustacean | Mollusc,

    /// <summary>Everything from an animal's body; what a vegetarian never eats.</summary>
    AnimalFlesh = Meat | Fish | Crustacean | Mollusc,
}
