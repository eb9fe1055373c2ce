namespace PantryPilot.Domain.Shopping;

/// <summary>Why an item is on the list (several can hold at once).</summary>
[Flags]
public enum ShoppingReason
{
    None = 0,

    /// <summary>What is left after the planned recipes will not last the horizon at the forecast rate.</summary>
    RunsOut = 1,

    /// <summary>At the end of the horizon the stock would be below the household's minimum (reorder
    /// threshold).</summary>
    BelowMinStock = 2,

    /// <summary>The planned recipes alone need more than is on the shelf.</summary>
    PlannedRecipes = 4,
}
