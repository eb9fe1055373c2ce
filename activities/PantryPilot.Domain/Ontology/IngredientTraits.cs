namespace PantryPilot.Domain.Ontology;

/// <summary>What an ingredient is made of, as far as dietary rules care. An ingredient can carry several.</summary>
[Flags]
public enum IngredientTraits
{
    None = 0,

    /// <summary>Flesh of land animals or products of slaughter (stock, gelatin, lard).</summary>
    Meat = 1 << 0,
    Fish = 1 << 1,
    Shellfish = 1 << 2,
    Dairy = 1 << 3,
    Egg = 1 << 4,

    /// <summary>Animal by-products that are vegetarian but not vegan (honey, beeswax, carmine is Meat).</summary>
    Honey = 1 << 5,
    Gluten = 1 << 6,
    TreeNut = 1 << 7,
    Peanut = 1 << 8,
    Sesame = 1 << 9,
    Soy = 1 << 10,
}
