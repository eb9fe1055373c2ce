namespace PantryPilot.Contracts.RecipeModel;

public sealed record SnapshotDatasetOutput(string SnapshotId, int Files, int NewObjects);
