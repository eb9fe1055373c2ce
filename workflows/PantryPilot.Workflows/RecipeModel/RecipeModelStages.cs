using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Workflows.DataPipeline;

namespace PantryPilot.Workflows.RecipeModel;

/// <summary>The stages of the recipe-model flow, in order: defined once, used by the Temporal workflow and the
/// in-process run. Part 2 (train, checkpoint-evaluate, promote) appends its stages to <see cref="Order"/>.</summary>
public static class RecipeModelStages
{
    private static readonly string[] BadData =
        [RecipeModelFailures.BadSample, RecipeModelFailures.InvalidInput, "ArgumentException", "FormatException"];

    /// <summary>One batch of samples: a slow endpoint teacher needs minutes, so the heartbeat (every sample) is what
    /// detects a dead worker.</summary>
    public static readonly StageSpec Generate = new(
        "dataset-generate",
        TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(2),
        TimeSpan.FromMinutes(2),
        BadData)
    { MaximumAttempts = 5 };

    /// <summary>One batch answered by the inference pool's model, on its task queue: generation is slower than the
    /// template's, so a longer budget; the heartbeat comes every few tokens.</summary>
    public static readonly StageSpec GenerateOnPool = new(
        "dataset-generate",
        TimeSpan.FromHours(2),
        TimeSpan.FromHours(8),
        TimeSpan.FromMinutes(2),
        BadData)
    { MaximumAttempts = 5, TaskQueue = EvaluationNames.InferenceTaskQueue };

    public static readonly StageSpec Filter = new(
        "filter",
        TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(1),
        TimeSpan.FromMinutes(1),
        BadData)
    { MaximumAttempts = 3 };

    public static readonly StageSpec Split = new(
        "split",
        TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(1),
        TimeSpan.FromMinutes(1),
        BadData)
    { MaximumAttempts = 3 };

    /// <summary>Dataset snapshots (content-addressed; a retry finds the same id).</summary>
    public static readonly StageSpec VersionDataset = new(
        "version",
        TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(1),
        TimeSpan.FromMinutes(1),
        BadData)
    { MaximumAttempts = 5 };

    /// <summary>The business order of the flow, as progress shows it.</summary>
    public static readonly IReadOnlyList<StageSpec> Order = [
        Generate,
        Filter,
        Split,
        VersionDataset,
        .. ModelTrainingStages.Order];
}
