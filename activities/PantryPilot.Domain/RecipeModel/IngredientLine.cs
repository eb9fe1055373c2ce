using PantryPilot.Domain.Ingredients;

namespace PantryPilot.Domain.RecipeModel;

/// <summary>One ingredient as the teacher wrote it and as the quantity grammar read it
/// (<see cref="IngredientQuantity"/> in the files' snake_case), plus what the filter made of it.</summary>
/// <param name="Text">The ingredient as written (one piece of a comma-joined string).</param>
/// <param name="Status">stated, not-stated or unreadable.</param>
public sealed record IngredientLine(
    string Text,
    string Name,
    double? Amount,
    double? AmountMax,
    string? Unit,
    string? Size,
    IReadOnlyList<string> Notes,
    string Status)
{
    /// <summary>The amount words the grammar could not read, verbatim.</summary>
    public string? Unread { get; init; }

    /// <summary>The whole main_ingredients entry when this line is one piece of it.</summary>
    public string? JoinedIn { get; init; }

    /// <summary>The pantry lot or addition this ingredient is ("pantry: rice", "addition: cilantro"); set by the
    /// filter.</summary>
    public string? Lot { get; init; }

    public static IngredientLine From(IngredientQuantity quantity, string? joinedIn)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        var status = quantity.Status switch
        {
            QuantityStatus.Stated => "stated",
            QuantityStatus.NotStated => "not-stated",
            _ => "unreadable",
        };
        return new IngredientLine(quantity.Text, quantity.Name, quantity.Amount, quantity.AmountMax, quantity.Unit,
            quantity.Size, quantity.Notes, status)
        {
            Unread = quantity.UnreadText,
            JoinedIn = joinedIn,
        };
    }
}
