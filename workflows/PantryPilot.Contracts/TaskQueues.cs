using PantryPilot.Contracts.Approval;
using PantryPilot.Contracts.Notifications;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Contracts.Serving;

namespace PantryPilot.Contracts;

/// <summary>Every task queue PantryPilot's workers poll: the one list deploy files are checked against.</summary>
public static class TaskQueues
{
    /// <summary>The pipeline workers (`pantrypilot worker`): every workflow and the data/dataset activities.</summary>
    public const string Pipeline = "pantry-pipeline";

    /// <summary>The model pool (`pantrypilot-inference`); the recipe-model workflow schedules checkpoint evaluation and
    /// inference-pool teacher batches here.</summary>
    public const string Inference = EvaluationNames.InferenceTaskQueue;

    /// <summary>Hosts with a trainer configured (Training:Trainer).</summary>
    public const string Training = TrainingNames.TaskQueue;

    /// <summary>Hosts with notification channels configured (Notifications:Channels).</summary>
    public const string Notifications = NotificationNames.TaskQueue;

    /// <summary>Hosts that hold the approval signing key (Approval:SigningKey).</summary>
    public const string Approvals = ApprovalNames.TaskQueue;

    /// <summary>The household workflows and their database activities (`pantrypilot worker` polls it beside
    /// <see cref="Pipeline"/>), so a household's update never waits for a pipeline stage's activity slot.</summary>
    public const string Households = "households";

    /// <summary>Recipe requests of households, on the model pool (`pantrypilot-inference` polls it beside
    /// <see cref="Inference"/>): never behind evaluation shards or teacher batches.</summary>
    public const string RecipeServing = ServingNames.TaskQueue;

    /// <summary>The retraining coordinator and its feedback-store activities (`pantrypilot worker` polls it).</summary>
    public const string Retraining = Contracts.Retraining.RetrainingNames.TaskQueue;

    public static IReadOnlyList<string> All { get; } =
        [Pipeline, Inference, Training, Notifications, Approvals, Households, RecipeServing, Retraining];
}
