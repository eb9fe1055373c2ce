namespace PantryPilot.Contracts.RecipeModel;

/// <summary>One batch of the dataset-generate fan-out: samples [Start, Start + Count) of the run.</summary>
public sealed record GenerateBatchInput(RecipeModelRun Run, int BatchIndex, int Start, int Count);
