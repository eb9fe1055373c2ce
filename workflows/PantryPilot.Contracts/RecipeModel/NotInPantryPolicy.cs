namespace PantryPilot.Contracts.RecipeModel;

/// <summary>How the filter treats an ingredient the recipe lists that is in neither the pantry, the additions nor
/// the staples. Counted per ingredient either way.</summary>
public enum NotInPantryPolicy
{
    /// <summary>Keep the sample; the ingredient becomes an addition (what the household buys).</summary>
    Addition,

    /// <summary>Remove the sample (reason selected-not-in-pantry).</summary>
    Drop,
}
