namespace PantryPilot.Contracts.RecipeModel;

public sealed record FilterDatasetInput(RecipeModelRun Run, IReadOnlyList<string> BatchPaths);
