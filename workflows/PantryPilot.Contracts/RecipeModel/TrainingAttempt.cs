using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>One attempt of the trainer, as recorded in the training state.</summary>
/// <param name="ResumedFrom">Checkpoint iteration this attempt started from (0: from scratch).</param>
/// <param name="Outcome">completed | crashed (exit N) | out-of-memory | cancelled | lost (worker gone).</param>
/// <param name="Adjustment">The out-of-memory policy step applied before this attempt, if any.</param>
public sealed record TrainingAttempt(
    int Attempt,
    int ResumedFrom,
    int Iterations,
    int MaxSeqLength,
    int BatchSize,
    string Outcome,
    string? Adjustment);
