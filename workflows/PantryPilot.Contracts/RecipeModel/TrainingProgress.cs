using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>Heartbeat details of the train activity (also read back by the next attempt).</summary>
public sealed record TrainingProgress(
    int Attempt,
    int Iteration,
    int TotalIterations,
    int ResumedFrom,
    int LatestCheckpoint,
    double? TrainLoss,
    double? ValLoss,
    double? LearningRate,
    double? TokensPerSecond,
    double? PeakMemoryGb);
