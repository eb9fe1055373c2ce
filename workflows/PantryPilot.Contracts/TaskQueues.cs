using PantryPilot.Contracts.Approval;
using PantryPilot.Contracts.Notifications;
using PantryPilot.Contracts.RecipeModel;

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

    public static IReadOnlyList<string> All { get; } = [Pipeline, Inference, Training, Notifications, Approvals];
}
