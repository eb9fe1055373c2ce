namespace PantryPilot.Domain.Ontology;

public static class DietaryConstraints
{
    /// <summary>The traits each constraint forbids.</summary>
    public static IngredientTraits Forbidden(DietaryConstraint constraint) => constraint switch
    {
        DietaryConstraint.Vegetarian => IngredientTraits.AnimalFlesh,
        DietaryConstraint.Vegan => IngredientTraits.AnimalFlesh | IngredientTraits.Dairy | IngredientTraits.Egg
            | IngredientTraits.Honey,
        DietaryConstraint.Pescatarian => IngredientTraits.Meat,
        DietaryConstraint.DairyFree => IngredientTraits.Dairy,
        DietaryConstraint.GlutenFree => IngredientTraits.Gluten,
        DietaryConstraint.NutFree => IngredientTraits.TreeNut | IngredientTraits.Peanut,
        DietaryConstraint.EggFree => IngredientTraits.Egg,
        DietaryConstraint.ShellfishFree => IngredientTraits.Shellfish,
        DietaryConstraint.Paleo => IngredientTraits.Grain | IngredientTraits.Legume | IngredientTraits.Soy
            | IngredientTraits.Peanut | IngredientTraits.Lupin | IngredientTraits.Dairy | IngredientTraits.RefinedSugar
            | IngredientTraits.SeedOil,
        DietaryConstraint.Keto => IngredientTraits.Grain | IngredientTraits.Legume | IngredientTraits.RefinedSugar
            | IngredientTraits.Sugar | IngredientTraits.Starch | IngredientTraits.SweetFruit,
        _ => throw new ArgumentOutOfRangeException(nameof(constraint), constraint, "unknown dietary constraint"),
    };

    /// <summary>The tag used in requests, reports, CSV headers and prompts: vegetarian, vegan, pescatarian, dairy-free,
    /// gluten-free, nut-free, egg-free, shellfish-free, paleo, keto.</summary>
    public static string Tag(this DietaryConstraint constraint) => constraint switch
    {
        DietaryConstraint.DairyFree => "dairy-free",
        DietaryConstraint.GlutenFree => "gluten-free",
        DietaryConstraint.NutFree => "nut-free",
        DietaryConstraint.EggFree => "egg-free",
        DietaryConstraint.ShellfishFree => "shellfish-free",
        _ => constraint.ToString().ToLowerInvariant(),
    };

    /// <summary>Reads a constraint name or any synonym in <c>Data/constraints.csv</c> ("dairy free", "GLUTEN_FREE",
    /// "non-dairy", "plant-based"), case, accents, '-', '_' and spaces ignored.</summary>
    public static bool TryParse(string? text, out DietaryConstraint constraint) =>
        OntologyData.Default.TryParseConstraint(text, out constraint);

    /// <summary>Every tag, for messages: "vegetarian, vegan, ...".</summary>
    public static string SupportedTags => string.Join(", ", Enum.GetValues<DietaryConstraint>().Select(c => c.Tag()));
}
