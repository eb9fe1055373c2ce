namespace PantryPilot.Domain.RecipeModel;

/// <summary>What converting and reviewing one sample found that is not a reason to remove it, for the report's
/// counts.</summary>
/// <param name="NotCarried">Fields of the original that could not be carried ("output.recipe.time: ...").</param>
/// <param name="UnusedAdditions">Additions neither the ingredients nor the steps use (dropped from the answer).</param>
/// <param name="UnlistedStepIngredients">Ingredients the steps use that are neither in the pantry nor among the
/// additions.</param>
/// <param name="UnjudgedTags">Tags the ontology does not model, kept in the prompt.</param>
public sealed record ConversionNotes(
    IReadOnlyList<string> NotCarried,
    IReadOnlyList<string> UnusedAdditions,
    IReadOnlyList<string> UnlistedStepIngredients,
    IReadOnlyList<string> UnjudgedTags)
{
    public static ConversionNotes None { get; } = new([], [], [], []);

    public int DuplicatePantryItems { get; init; }

    public int EmptyAdditions { get; init; }

    /// <summary>Ingredient strings that held several ingredients, split.</summary>
    public int JoinedIngredients { get; init; }

    public int StatedAmounts { get; init; }

    public int UnreadableAmounts { get; init; }

    public int RequestedIngredients { get; init; }

    /// <summary>Ingredients renamed to the pantry lot they are ("cod fillet" → cod).</summary>
    public int RenamedToLot { get; init; }

    /// <summary>Household staples the recipe uses that the pantry does not list ("salt"), assumed present.</summary>
    public IReadOnlyList<string> StaplesAssumed { get; init; } = [];

    /// <summary>Ingredients in neither the pantry, the additions nor the staples, moved to the additions.</summary>
    public IReadOnlyList<string> MovedToAdditions { get; init; } = [];
}
