using Temporalio.Activities;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>Pinned activity and workflow type names of the recipe-model flow.</summary>
public static class RecipeModelActivityNames
{
    public const string Workflow = "RecipeModel";
    public const string GenerateBatch = "RecipeModel.GenerateBatch";
    public const string GenerateBatchOnPool = "RecipeModel.GenerateBatchOnPool";
    public const string Filter = "RecipeModel.Filter";
    public const string Split = "RecipeModel.Split";
    public const string Snapshot = "RecipeModel.SnapshotDataset";
}
