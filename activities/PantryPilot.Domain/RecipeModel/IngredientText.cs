using PantryPilot.Domain.Ingredients;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.RecipeModel;

/// <summary>An ingredient line as the recipe-model flow needs it, read by the product's one grammar
/// (<see cref="QuantityGrammar"/>): the name, and the amount in the serving schema's units.</summary>
public static class IngredientText
{
    /// <summary>The ingredient's name: amount, unit, size, bracketed notes and ", prepared how" removed.</summary>
    public static string Name(string text) => QuantityGrammar.Default.Parse(text).Name;

    public static (string Name, double? Amount, string? Unit) Parse(string text)
    {
        var quantity = QuantityGrammar.Default.Parse(text);
        return (quantity.Name, quantity.Amount, quantity.Unit);
    }

    /// <summary>The amount in whole g/ml/pcs for the serving schema (rounded up, so a stated amount is never 0); an
    /// ingredient with no amount ("salt to taste") is 0 pcs, the schema's "as needed".</summary>
    public static AnswerIngredient ToAnswerIngredient(string text)
        => ToAnswerIngredient(QuantityGrammar.Default.Parse(text));

    public static AnswerIngredient ToAnswerIngredient(IngredientQuantity quantity)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        return quantity.CanonicalAmount is { } amount && quantity.CanonicalUnit is { } unit
            ? new AnswerIngredient(quantity.Name, Math.Max(1, Math.Ceiling(amount - 1e-9)), unit.Symbol())
            : new AnswerIngredient(quantity.Name, 0, CanonicalUnitNames.Piece);
    }
}
