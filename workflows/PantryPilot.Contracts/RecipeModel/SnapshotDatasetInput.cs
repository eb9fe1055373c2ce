namespace PantryPilot.Contracts.RecipeModel;

public sealed record SnapshotDatasetInput(RecipeModelRun Run, string Message);
