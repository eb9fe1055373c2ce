using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>Output of the train activity.</summary>
/// <param name="Applied">The settings of the last attempt (after any out-of-memory adjustment).</param>
public sealed record TrainOutput(
    TrainStatus Status,
    string Message,
    int TotalIterations,
    int CompletedIterations,
    IReadOnlyList<CheckpointRecord> Checkpoints,
    IReadOnlyList<TrainingAttempt> Attempts,
    LoraSettings Applied,
    string? LossCurveCsv,
    string? LossCurvePng);
