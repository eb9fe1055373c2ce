namespace PantryPilot.Contracts.RecipeModel;

public enum RecipeStageState
{
    Pending,
    Running,
    Completed,
    Failed,
    Skipped,
}
