namespace PantryPilot.Contracts.RecipeModel;

/// <summary>One stage as the progress query shows it.</summary>
public sealed record RecipeStageProgress(
    string Stage,
    RecipeStageState State,
    long In = 0,
    long Out = 0,
    long Removed = 0,
    string? Detail = null);
