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
