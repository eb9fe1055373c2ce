using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Workflows.DataPipeline;

namespace PantryPilot.Workflows.RecipeModel;

/// <summary>The stages of part 2 of the recipe-model flow: train → checkpoint-evaluate → promote.</summary>
public static class ModelTrainingStages
{
    private static readonly string[] BadData = [RecipeModelFailures.BadSample, "ArgumentException", "FormatException"];

    /// <summary>Hours of training in one attempt; a 2-minute heartbeat (the trainer reports every few seconds) finds a
    /// lost worker quickly, and the retry resumes from the latest checkpoint. Configuration errors and an out-of-memory
    /// policy with nothing left to shrink end the run. No schedule-to-start timeout: a retry waits for the single-slot
    /// host (restarting, or still busy with the lost attempt) as long as the 96-hour budget allows.</summary>
    public static readonly StageSpec Train = new(
        "train", TimeSpan.FromHours(48), TimeSpan.FromHours(96), TimeSpan.FromMinutes(2),
        [
            TrainingNames.TrainerNotFound,
            TrainingNames.TrainerConfigurationInvalid,
            TrainingNames.TrainerOutOfMemoryExhausted])
    { MaximumAttempts = 6, TaskQueue = TrainingNames.TaskQueue };

    /// <summary>Release 2's trainer check: a minute of work, picked up within <paramref name="queueTimeout"/> or "no
    /// trainer host" (Temporal does not retry a schedule-to-start timeout, which is what this check wants); a crashed
    /// check is retried (3 attempts); a trainer that cannot run on the host ends the run at once.</summary>
    public static StageSpec TrainerCheck(TimeSpan queueTimeout) => new(
        "train", TimeSpan.FromMinutes(1), queueTimeout + TimeSpan.FromMinutes(5), null,
        [TrainingNames.TrainerNotFound, TrainingNames.TrainerConfigurationInvalid])
    { MaximumAttempts = 3, TaskQueue = TrainingNames.TaskQueue, ScheduleToStart = queueTimeout };

    /// <summary>One shard of samples for one candidate on the inference pool; heartbeats while it generates.</summary>
    public static readonly StageSpec Evaluate = new(
        "checkpoint-evaluate",
        TimeSpan.FromMinutes(60),
        TimeSpan.FromHours(3),
        TimeSpan.FromMinutes(2),
        BadData)
    { MaximumAttempts = 3, TaskQueue = EvaluationNames.InferenceTaskQueue };

    /// <summary>Preparing the evaluation set and writing the comparison: small files, quick.</summary>
    public static readonly StageSpec EvaluationReport = new(
        "checkpoint-evaluate",
        TimeSpan.FromMinutes(10),
        TimeSpan.FromHours(1),
        null,
        BadData)
    { MaximumAttempts = 3 };

    public static readonly StageSpec Promote = new(
        "promote",
        TimeSpan.FromMinutes(5),
        TimeSpan.FromHours(1),
        null,
        ["ModelRegistryException"])
    { MaximumAttempts = 5 };

    public static readonly IReadOnlyList<StageSpec> Order = [Train, Evaluate, Promote];
}
