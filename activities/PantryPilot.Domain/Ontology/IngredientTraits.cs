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

    /// <summary>Shrimp, prawn, crab, lobster, crayfish, krill (EU "crustaceans"; the FDA's "crustacean
    /// shellfish").</summary>
    Crustacean = 1 << 2,
    Dairy = 1 << 3,
    Egg = 1 << 4,

    /// <summary>Animal by-products that are vegetarian but not vegan (honey, beeswax, royal jelly).</summary>
    Honey = 1 << 5,

    /// <summary>Wheat, rye, barley, oats cross-contact, spelt, kamut and their products (EU "cereals containing
    /// gluten").</summary>
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

    /// <summary>Cereal grains and pseudo-grains and their products (wheat, rice, corn, oats, quinoa, buckwheat); every
    /// food with <see cref="Gluten"/> has it too. Paleo and keto exclude them.</summary>
    Grain = 1 << 16,

    /// <summary>Pulses: beans, lentils, chickpeas, peas (soy, peanut and lupin carry their own allergen
    /// traits).</summary>
    Legume = 1 << 17,

    /// <summary>Refined sugars and foods made mostly of them (white and brown sugar, syrups from corn,
    /// candy).</summary>
    RefinedSugar = 1 << 18,

    /// <summary>Unrefined sweeteners and fruit juices (honey, maple syrup, agave, dates, coconut sugar,
    /// jaggery).</summary>
    Sugar = 1 << 19,

    /// <summary>Starchy vegetables and tubers (potato, sweet potato, yam, cassava, taro, plantain, parsnip).</summary>
    Starch = 1 << 20,

    /// <summary>Fruit too sweet for a ketogenic diet (banana, mango, grapes, apple, dried fruit); not berries, avocado,
    /// olives, lemon, lime, tomato, coconut, rhubarb.</summary>
    SweetFruit = 1 << 21,

    /// <summary>Industrial seed and vegetable oils (canola, rapeseed, sunflower, corn, soybean, "vegetable oil") and
    /// margarine; paleo excludes them.</summary>
    SeedOil = 1 << 22,

    /// <summary>Both shellfish groups; what "shellfish" means in a request.</summary>
    Shellfish = Crustacean | Mollusc,

    /// <summary>Everything from an animal's body; what a vegetarian never eats.</summary>
    AnimalFlesh = Meat | Fish | Crustacean | Mollusc,
}
