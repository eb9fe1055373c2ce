namespace PantryPilot.Domain.Ingredients;

/// <summary>What the quantity grammar made of the amount in an ingredient line.</summary>
public enum QuantityStatus
{
    /// <summary>An amount was written and read ("2 cups", "(250g)", "1 medium", "½ tsp", "2-3 cloves").</summary>
    Stated,

    /// <summary>No amount was written ("salt", "pepper to taste", "basil, for garnish"): nothing to read, nothing
    /// lost.</summary>
    NotStated,

    /// <summary>An amount was written but the grammar cannot turn it into a number ("a few sprigs", "3/0 cup"). The
    /// words are kept verbatim in <see cref="IngredientQuantity.UnreadText"/>; the amount is null, never 0.</summary>
    Unreadable,
}
