using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>Pinned names of the train stage: the activity type and the task queue only trainer hosts poll.</summary>
public static class TrainingNames
{
    public const string TaskQueue = "model-training";

    /// <summary>How long the train activity waits for a host polling <see cref="TaskQueue"/> unless the run says
    /// otherwise.</summary>
    public static readonly TimeSpan DefaultQueueTimeout = TimeSpan.FromMinutes(10);

    public const string TrainActivity = "train";

    /// <summary>Release 2: a short check, on <see cref="TaskQueue"/>, that a trainer host polls it (and how it is
    /// configured) before training starts. Only its schedule-to-start timeout means "no trainer host".</summary>
    public const string CheckTrainerActivity = "recipe-model.check-trainer";

    /// <summary>Configuration errors no retry can fix: the trainer is missing or its command template is bad.</summary>
    public const string TrainerNotFound = "TrainerNotFound";

    public const string TrainerConfigurationInvalid = "TrainerConfigurationInvalid";

    /// <summary>The trainer exited non-zero (retryable: the next attempt resumes from the latest checkpoint).</summary>
    public const string TrainerCrashed = "TrainerCrashed";

    /// <summary>The trainer ran out of memory (retryable: the next attempt resumes with the out-of-memory policy
    /// applied).</summary>
    public const string TrainerOutOfMemory = "TrainerOutOfMemory";

    /// <summary>Out of memory again with nothing left to shrink: no retry can fix it.</summary>
    public const string TrainerOutOfMemoryExhausted = "TrainerOutOfMemoryExhausted";
}

/// <summary>The LoRA configuration. Defaults are the original system's: rank 8, alpha 16, dropout 0.05, 16 layers,
/// lr 1e-4, batch 1, gradient accumulation 4, max sequence 2,048, a checkpoint every 500 iterations.</summary>
/// <param name="Epochs">Iterations = ceil(train samples x epochs / batch size) unless the input fixes them.</param>
public sealed record LoraSettings(
    int Rank = 8,
    double Alpha = 16,
    double Dropout = 0.05,
    int Layers = 16,
    double LearningRate = 1e-4,
    int BatchSize = 1,
    int GradAccumulation = 4,
    int MaxSeqLength = 2048,
    int SaveEvery = 500,
    int StepsPerReport = 10,
    int StepsPerEval = 200,
    int Epochs = 3);

/// <summary>Input of the train activity.</summary>
/// <param name="ArtifactRoot">The artifact store: checkpoints, the training state and the loss curve go under
/// <c>models/&lt;RunId&gt;/</c> here, so any worker that picks up a retry finds them.</param>
/// <param name="DatasetDir">Folder with train.jsonl and valid.jsonl (the split).</param>
/// <param name="DatasetSnapshotId">Recorded with every checkpoint (lineage from dataset to checkpoint).</param>
/// <param name="Iterations">Fixed iteration count; null derives it from <paramref name="TrainSamples"/> and
/// epochs.</param>
/// <param name="Mode">Preference: the folder holds prompt/chosen/rejected pairs and the host's preference trainer
/// (Training:PreferenceCommand) runs; null or Supervised: the supervised trainer. Not written when null.</param>
public sealed record TrainInput(
    string RunId,
    string ArtifactRoot,
    string DatasetDir,
    string DatasetSnapshotId,
    int TrainSamples,
    LoraSettings Lora,
    int? Iterations = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] TrainMode? Mode = null);

/// <summary>Input of the trainer check.</summary>
public sealed record TrainerCheckInput(string RunId);

/// <summary>Which host answered the trainer check and what it would run.</summary>
/// <param name="Configured">False where the host has no trainer (an in-process run without one).</param>
/// <param name="Trainer">The trainer the host runs (mlx-lm, script, a command template), for the run's record.</param>
public sealed record TrainerCheckOutput(bool Configured, string Host, string Trainer);

public enum TrainStatus
{
    /// <summary>The trainer ran to the last iteration.</summary>
    Trained,

    /// <summary>No trainer is configured on this host: the flow evaluates the base model only.</summary>
    NoTrainer,

    /// <summary>No host polled the model-training task queue within <see cref="TrainingOptions.QueueTimeout"/>: the
    /// train activity never started; the flow evaluates the base model only.</summary>
    NoTrainerHost,
}

/// <summary>One checkpoint copied into the artifact store.</summary>
/// <param name="Iteration">Global iteration (resumed runs count on from the checkpoint they resumed).</param>
/// <param name="ValLoss">The latest validation loss reported at or before this iteration.</param>
/// <param name="Path">The trainer's checkpoint as copied into the store.</param>
/// <param name="AdapterPath">The checkpoint converted to ONNX Runtime GenAI's adapter format (Training:ConvertCommand);
/// null when no conversion is configured.</param>
/// <param name="ConversionError">Why the conversion failed, when it did.</param>
public sealed record CheckpointRecord(int Iteration, double? ValLoss, double? TrainLoss, string DatasetSnapshotId, string Path, string Sha256, string? AdapterPath = null, string? ConversionError = null);

/// <summary>One attempt of the trainer, as recorded in the training state.</summary>
/// <param name="ResumedFrom">Checkpoint iteration this attempt started from (0: from scratch).</param>
/// <param name="Outcome">completed | crashed (exit N) | out-of-memory | cancelled | lost (worker gone).</param>
/// <param name="Adjustment">The out-of-memory policy step applied before this attempt, if any.</param>
public sealed record TrainingAttempt(int Attempt, int ResumedFrom, int Iterations, int MaxSeqLength, int BatchSize, string Outcome, string? Adjustment);

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

public static class CheckpointSelection
{
    /// <summary>The K checkpoints with the lowest val loss, in iteration order (all when K is null or covers them);
    /// ties go to the later iteration, checkpoints without a val loss come last.</summary>
    public static IReadOnlyList<CheckpointRecord> KBestByValLoss(IEnumerable<CheckpointRecord> checkpoints, int? k)
    {
        var ordered = checkpoints.OrderBy(c => c.ValLoss ?? double.PositiveInfinity).ThenByDescending(c => c.Iteration).ToList();
        return (k is { } n && n < ordered.Count ? ordered.Take(n) : ordered).OrderBy(c => c.Iteration).ToList();
    }
}
