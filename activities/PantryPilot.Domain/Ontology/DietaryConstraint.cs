namespace PantryPilot.Domain.Ontology;

/// <summary>The dietary constraints a request can carry. Free-text allergies travel beside them.</summary>
public enum DietaryConstraint
{
    Vegetarian,
    Vegan,
    Pescatarian,
    DairyFree,
    GlutenFree,
    NutFree,
}

public static class DietaryConstraints
{
    /// <summary>The traits each constraint forbids.</summary>
    public static IngredientTraits Forbidden(DietaryConstraint constraint) => constraint switch
    {
        DietaryConstraint.Vegetarian => IngredientTraits.Meat | IngredientTraits.Fish | IngredientTraits.Shellfish,
        DietaryConstraint.Vegan => IngredientTraits.Meat | IngredientTraits.Fish | IngredientTraits.Shellfish
            | IngredientTraits.Dairy | IngredientTraits.Egg | IngredientTraits.Honey,
        DietaryConstraint.Pescatarian => IngredientTraits.Meat,
        DietaryConstraint.DairyFree => IngredientTraits.Dairy,
        DietaryConstraint.GlutenFree => IngredientTraits.Gluten,
        DietaryConstraint.NutFree => IngredientTraits.TreeNut | IngredientTraits.Peanut,
        _ => throw new ArgumentOutOfRangeException(nameof(constraint), constraint, "unknown dietary constraint"),
    };

    /// <summary>The tag used in requests, reports and prompts: vegetarian, vegan, pescatarian, dairy-free, gluten-free, nut-free.</summary>
    public static string Tag(this DietaryConstraint constraint) => constraint switch
    {
        DietaryConstraint.DairyFree => "dairy-free",
        DietaryConstraint.GlutenFree => "gluten-free",
        DietaryConstraint.NutFree => "nut-free",
        _ => constraint.ToString().ToLowerInvariant(),
    };

    public static bool TryParse(string text, out DietaryConstraint constraint)
    {
        var key = text.Trim().ToLowerInvariant().Replace("_", "-", StringComparison.Ordinal).Replace(" ", "-", StringComparison.Ordinal);
        foreach (var candidate in Enum.GetValues<DietaryConstraint>())
        {
            if (candidate.Tag() == key || candidate.ToString().Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                constraint = candidate;
                return true;
            }
        }

        constraint = default;
        return false;
    }
}
