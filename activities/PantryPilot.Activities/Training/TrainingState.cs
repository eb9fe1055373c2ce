using System.Text.Json;
using System.Text.Json.Serialization;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.Training;

namespace PantryPilot.Activities.Training;

/// <summary>What a training run has done so far, kept in the artifact store beside its checkpoints
/// (<c>models/&lt;run&gt;/training-state.json</c>), so the attempt that follows a crash, an out-of-memory exit or a
/// lost worker (on any host) knows where to resume and with which settings.</summary>
public sealed record TrainingState(
    int TotalIterations,
    MemorySettings Memory,
    string? PendingAdjustment,
    IReadOnlyList<TrainingAttempt> Attempts,
    IReadOnlyList<CheckpointRecord> Checkpoints)
{
    public const string RunningOutcome = "running";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static TrainingState New(int totalIterations, LoraSettings lora)
        => new(
            totalIterations,
            new MemorySettings(lora.MaxSeqLength, lora.BatchSize, lora.GradAccumulation),
            null,
            [],
            []);

    public static TrainingState? Load(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<TrainingState>(File.ReadAllText(path), Json);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException(
                $"{path}: training state is not readable ({ex.Message}); move it aside to start the run again",
                ex);
        }
    }

    public void Save(string path) => AtomicFile.WriteAllText(path, JsonSerializer.Serialize(this, Json));

    public TrainingState WithAttempt(TrainingAttempt attempt) =>
        this with { Attempts = [.. Attempts.Where(a => a.Attempt != attempt.Attempt), attempt] };

    public TrainingState WithCheckpoint(CheckpointRecord checkpoint) =>
        this with { Checkpoints = [.. Checkpoints.Where(c => c.Iteration != checkpoint.Iteration), checkpoint] };
}
