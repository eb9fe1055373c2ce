using PantryPilot.Contracts.Notifications;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Contracts.Retraining;
using Temporalio.Common;

namespace PantryPilot.Workflows.Tests.Retraining;

/// <summary>The released (v1) paths of the retraining coordinator as histories, frozen as JSON in
/// Retraining/Histories.</summary>
public static class CoordinatorPaths
{
    public const string RunId = "recipe-model-feedback-0001";

    public static readonly FeedbackDatasetOutput PreferenceDataset = new(
        1, "data/recipe-model/feedback-0001", FeedbackTrainingMode.Preference, "data/recipe-model/feedback-0001/preference",
        "sha256-0001", 5, 0, 0, 2, 1, 2, 0, new Dictionary<string, long>(), "data/recipe-model/feedback-0001/removed.jsonl",
        "data/recipe-model/feedback-0001/evaluation.jsonl", 3, 5, null);

    public static Dictionary<string, Func<WorkflowHistory>> All() => new()
    {
        ["v1-coordinator-below-threshold"] = BelowThreshold,
        ["v1-coordinator-dataset-failed"] = DatasetFailed,
        ["v1-coordinator-round-child-failed"] = ChildFailed,
    };

    /// <summary>Two preference pairs under a threshold of three: no round; the run continues as new with the check.</summary>
    public static WorkflowHistory BelowThreshold()
    {
        var b = CoordinatorHistory.Checked(CoordinatorHistory.Check(false, 2));
        b.ContinuedAsNew(RetrainingNames.Workflow, null);
        return b.Build(RetrainingNames.WorkflowId);
    }

    /// <summary>The threshold is reached, the dataset build fails for good: a training-failed notice, the round
    /// recorded as dataset-failed, and the run continues as new once the notice is delivered.</summary>
    public static WorkflowHistory DatasetFailed()
    {
        var b = CoordinatorHistory.Checked(CoordinatorHistory.Check(true, 3));
        var build = b.ScheduleActivity(RetrainingNames.BuildDatasetActivity, new BuildFeedbackDatasetInput(1, "data/recipe-model", "feedback-0001"));
        b.FailActivity(build, "the household store is not reachable", "NpgsqlException", nonRetryable: true).WorkflowTask();
        var notice = b.ScheduleActivity(NotificationNames.SendActivity);
        b.CompleteActivity(notice, Delivered("training-failed:recipe-model-feedback-0001:build-dataset")).WorkflowTask();
        b.ContinuedAsNew(RetrainingNames.Workflow, null);
        return b.Build(RetrainingNames.WorkflowId);
    }

    /// <summary>The threshold is reached, the dataset holds preference pairs, the round's recipe-model child fails (no
    /// trainer could run): a training-failed notice and the round recorded as training-failed.</summary>
    public static WorkflowHistory ChildFailed()
    {
        var b = CoordinatorHistory.Checked(CoordinatorHistory.Check(true, 3));
        var build = b.ScheduleActivity(RetrainingNames.BuildDatasetActivity, new BuildFeedbackDatasetInput(1, "data/recipe-model", "feedback-0001"));
        b.CompleteActivity(build, PreferenceDataset).WorkflowTask();
        var child = b.StartChild(RecipeModelActivityNames.Workflow, RunId, null);
        b.ChildStarted(child).ChildFailed(child, "trainer 'mlx_lm_lora.train' not found on PATH", "TrainerNotFound").WorkflowTask();
        var notice = b.ScheduleActivity(NotificationNames.SendActivity);
        b.CompleteActivity(notice, Delivered("training-failed:recipe-model-feedback-0001:recipe-model")).WorkflowTask();
        b.ContinuedAsNew(RetrainingNames.Workflow, null);
        return b.Build(RetrainingNames.WorkflowId);
    }

    private static SendNotificationOutput Delivered(string eventId) =>
        new(eventId, NotificationKinds.TrainingFailed, [new("ops-file", DeliveryStatus.Delivered, 1, "written")]);
}
