namespace PantryPilot.Domain.RecipeModel;

public enum SplitPart
{
    Train,
    Valid,
    Test,
}
