using PantryPilot.Contracts.Notifications;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Contracts.Retraining;
using PantryPilot.Contracts.Serving;
using PantryPilot.Workflows.Tests.Support;
using PantryPilot.Workflows.Versioning;
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
        ["v1-coordinator-round-promoted-served"] = PromotedAndServed,
        ["v1-coordinator-round-refused"] = Refused,
        ["v1-coordinator-round-not-an-approver-timed-out"] = NotAnApproverThenTimedOut,
        ["v1-coordinator-round-no-trainer-host"] = NoTrainerHost,
        ["v1-coordinator-round-rolled-back"] = RolledBack,
        ["v2-coordinator-round-refused"] = RefusedRelease2,
        ["v2-coordinator-round-timed-out"] = TimedOutRelease2,
    };

    /// <summary>Release 2: bob refuses; a training-failed notice at stage "approval" before the run continues.</summary>
    public static WorkflowHistory RefusedRelease2() =>
        UndecidedRelease2(new PromotionOutcome("refused", Entry, "bob", "dislikes went up", null));

    /// <summary>Release 2: nobody decides in time; a training-failed notice at stage "approval".</summary>
    public static WorkflowHistory TimedOutRelease2() =>
        UndecidedRelease2(new PromotionOutcome("timed-out", Entry, null, null, null));

    private static WorkflowHistory UndecidedRelease2(PromotionOutcome promotion)
    {
        var b = AtChild(out var child, WorkflowPatches.RetrainingCoordinatorRelease2);
        b.ChildCompleted(child, ChildOutput(Trained, promotion)).WorkflowTask();
        var notice = b.ScheduleActivity(NotificationNames.SendActivity);
        b.CompleteActivity(notice, Delivered("training-failed:recipe-model-feedback-0001:approval", NotificationKinds.TrainingFailed)).WorkflowTask();
        b.ContinuedAsNew(RetrainingNames.Workflow, null);
        return b.Build(RetrainingNames.WorkflowId);
    }

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

    /// <summary>The threshold is reached, the child trains, ana approves with a valid token, the entry is promoted:
    /// a promotion-done notice, and the serving queue answers that it serves the entry: the round is promoted.</summary>
    public static WorkflowHistory PromotedAndServed()
    {
        var (b, done, served) = Promoted();
        b.CompleteActivity(served, new ServedModelOutput(Entry, $"promoted:{Entry}", null, "gpu-1")).WorkflowTask();
        b.CompleteActivity(done, Delivered($"promotion-done:{Entry}", NotificationKinds.PromotionDone)).WorkflowTask();
        b.ContinuedAsNew(RetrainingNames.Workflow, null);
        return b.Build(RetrainingNames.WorkflowId);
    }

    /// <summary>bob refuses with a valid token: the child ends "refused"; no notice (the person who refused is the one
    /// who would hear of it), the round recorded as refused with bob's name.</summary>
    public static WorkflowHistory Refused()
    {
        var b = AtChild(out var child);
        b.ChildCompleted(child, ChildOutput(Trained, new PromotionOutcome("refused", Entry, "bob", "dislikes went up", null))).WorkflowTask();
        b.ContinuedAsNew(RetrainingNames.Workflow, null);
        return b.Build(RetrainingNames.WorkflowId);
    }

    /// <summary>mallory, not on Approval:Approvers, sends a token: the child's verify-approval says NotAnApprover, the
    /// update is rejected, nobody else decides and the wait times out. The coordinator sees "timed-out": not promoted,
    /// no decider recorded.</summary>
    public static WorkflowHistory NotAnApproverThenTimedOut()
    {
        var b = AtChild(out var child);
        b.ChildCompleted(child, ChildOutput(Trained, new PromotionOutcome("timed-out", Entry, null, null, null))).WorkflowTask();
        b.ContinuedAsNew(RetrainingNames.Workflow, null);
        return b.Build(RetrainingNames.WorkflowId);
    }

    /// <summary>No host polled the trainer queue within the round's queue timeout: the child evaluates the base model
    /// only and promotes nothing; a training-failed notice at stage "train" and the round recorded as no-trainer-host.</summary>
    public static WorkflowHistory NoTrainerHost()
    {
        var b = AtChild(out var child);
        var train = Train(TrainStatus.NoTrainerHost, NoHostMessage);
        b.ChildCompleted(child, ChildOutput(train, new PromotionOutcome("nothing-to-promote", null, null, null, null))).WorkflowTask();
        var notice = b.ScheduleActivity(NotificationNames.SendActivity);
        b.CompleteActivity(notice, Delivered("training-failed:recipe-model-feedback-0001:train", NotificationKinds.TrainingFailed)).WorkflowTask();
        b.ContinuedAsNew(RetrainingNames.Workflow, null);
        return b.Build(RetrainingNames.WorkflowId);
    }

    /// <summary>Promoted, but the serving queue answers that the adapter does not load: the registry is rolled back to
    /// what was served before, and a promotion-rolled-back notice follows the promotion-done one.</summary>
    public static WorkflowHistory RolledBack()
    {
        var (b, done, served) = Promoted();
        b.CompleteActivity(served, new ServedModelOutput(Previous, $"promoted:{Previous}", $"promoted model '{Entry}' cannot be served: {AdapterProblem}", "gpu-1")).WorkflowTask();
        var rollback = b.ScheduleActivity(RetrainingNames.RollbackActivity);
        b.CompleteActivity(rollback, new RollbackModelOutput(true, Previous, $"{Entry} withdrawn; {Previous} promoted again")).WorkflowTask();
        var rolled = b.ScheduleActivity(NotificationNames.SendActivity);
        b.CompleteActivity(done, Delivered($"promotion-done:{Entry}", NotificationKinds.PromotionDone));
        b.CompleteActivity(rolled, Delivered($"promotion-rolled-back:{Entry}", NotificationKinds.PromotionRolledBack)).WorkflowTask();
        b.ContinuedAsNew(RetrainingNames.Workflow, null);
        return b.Build(RetrainingNames.WorkflowId);
    }

    public const string Entry = "recipe-model-feedback-0001/iter-0000200";

    public const string Previous = "recipe-model-nov/iter-0008000";

    public const string AdapterProblem = "adapter file /models/feedback-0001/0000200_adapters.onnx_adapter failed to load";

    public const string NoHostMessage = "no trainer host polls the 'model-training' task queue: the train activity waited 00:10:00";

    private static readonly TrainOutput Trained = Train(TrainStatus.Trained, "trained 200 iterations");

    /// <summary>Up to the round's child, started.</summary>
    private static HistoryBuilder AtChild(out long child, string? patch = null)
    {
        var b = CoordinatorHistory.Checked(CoordinatorHistory.Check(true, 3), patch: patch);
        var build = b.ScheduleActivity(RetrainingNames.BuildDatasetActivity, new BuildFeedbackDatasetInput(1, "data/recipe-model", "feedback-0001"));
        b.CompleteActivity(build, PreferenceDataset).WorkflowTask();
        child = b.StartChild(RecipeModelActivityNames.Workflow, RunId, null);
        b.ChildStarted(child);
        return b;
    }

    /// <summary>Up to the child's promotion by ana: the promotion-done notice and the served-model check, scheduled.</summary>
    private static (HistoryBuilder Builder, long Done, long Served) Promoted()
    {
        var b = AtChild(out var child);
        var registry = new PromoteOutput(Entry, Previous, "data/recipe-model/models/registry.json");
        b.ChildCompleted(child, ChildOutput(Trained, new PromotionOutcome("promoted", Entry, "ana", "signed approval token", registry))).WorkflowTask();
        var done = b.ScheduleActivity(NotificationNames.SendActivity);
        var served = b.ScheduleActivity(ServingNames.ServedModelActivity, new ServedModelInput(Entry));
        return (b, done, served);
    }

    private static TrainOutput Train(TrainStatus status, string message) =>
        new(status, message, 200, status == TrainStatus.Trained ? 200 : 0, [], [], new LoraSettings(), null, null);

    private static RecipeModelOutput ChildOutput(TrainOutput train, PromotionOutcome promotion) => new(
        RunId, "feedback-0001", "data/recipe-model/feedback-0001", "sha256-0001", "sha256-0001", 3, 3, 0,
        new Dictionary<string, int>(), new Dictionary<string, int>(),
        new FilterDatasetOutput("kept.jsonl", "removed.jsonl", "stats.csv", "report.html", "chart.png", 3, 3, 0, 0, [], new Dictionary<string, long>()),
        new SplitDatasetOutput("data/recipe-model/feedback-0001/preference", "train.jsonl", "valid.jsonl", null, 2, 1, 0, new Dictionary<string, long>()),
        new ModelTrainingOutput(train, null, null, promotion));

    private static SendNotificationOutput Delivered(string eventId, string kind) =>
        new(eventId, kind, [new("ops-file", DeliveryStatus.Delivered, 1, "written")]);

    private static SendNotificationOutput Delivered(string eventId) =>
        new(eventId, NotificationKinds.TrainingFailed, [new("ops-file", DeliveryStatus.Delivered, 1, "written")]);
}
