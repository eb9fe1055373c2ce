namespace PantryPilot.Contracts.RecipeModel;

public sealed record SplitDatasetInput(RecipeModelRun Run, string KeptPath);
