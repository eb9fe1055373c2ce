using PantryPilot.Contracts.RecipeModel;

namespace PantryPilot.Workflows.Retraining;

/// <summary>How a round's recipe-model run ended: its output, or its failure (error type and message).</summary>
public sealed record ChildRun(RecipeModelOutput? Output, string? ErrorType, string? Error);
