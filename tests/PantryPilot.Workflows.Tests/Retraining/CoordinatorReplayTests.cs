using PantryPilot.Contracts.Notifications;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Contracts.Retraining;
using PantryPilot.Workflows.Retraining;
using PantryPilot.Workflows.Tests.Support;
using Temporalio.Common;

namespace PantryPilot.Workflows.Tests.Retraining;

/// <summary>The coordinator's paths replayed through the real SDK: the commands it issues (checked by the SDK against
/// each history) and what it carries into its next run (checked here against values written by hand).</summary>
public class CoordinatorReplayTests
{
    private static readonly string SourceFolder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Retraining", "Histories"));

    private static readonly string OutputFolder = Path.Combine(AppContext.BaseDirectory, "Retraining", "Histories");

    public static TheoryData<string> Files() => new(FrozenHistories.FileNames(OutputFolder));

    [Fact]
    public async Task BelowThreshold_NoRound_CarriesTheCheckIntoTheNextRun()
    {
        var observer = await CoordinatorReplay.ReplayAsync(CoordinatorPaths.BelowThreshold());

        Assert.Equal([RetrainingNames.CheckActivity], observer.Scheduled);
        var next = Assert.IsType<CoordinatorInput>(observer.ContinuedAsNewWith);
        Assert.Equal(0, next.Carry!.Rounds);
        Assert.Equal(1, next.Carry.Checks);
        Assert.Empty(next.Carry.Recent);
        Assert.Equal(2, next.Carry.LastCheck!.NewPairs);
    }

    [Fact]
    public async Task DatasetFailed_NotifiesTrainingFailed_AndRecordsTheRound()
    {
        var observer = await CoordinatorReplay.ReplayAsync(CoordinatorPaths.DatasetFailed());

        Assert.Equal([RetrainingNames.CheckActivity, RetrainingNames.BuildDatasetActivity, NotificationNames.SendActivity], observer.Scheduled);
        var notice = Assert.IsType<SendNotificationInput>(observer.Arguments[2]);
        var failed = Assert.IsType<TrainingFailedEvent>(notice.Event);
        Assert.Equal((CoordinatorPaths.RunId, "build-dataset"), (failed.RunId, failed.Stage));
        Assert.Equal("training-failed:recipe-model-feedback-0001:build-dataset", failed.EventId);
        var round = Assert.Single(Assert.IsType<CoordinatorInput>(observer.ContinuedAsNewWith).Carry!.Recent);
        Assert.Equal((1, RoundOutcome.DatasetFailed), (round.Round, round.Outcome));
        Assert.Contains("the household store is not reachable", round.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChildFailed_RoundIsTrainingFailed_WithTheChildsReason()
    {
        var observer = await CoordinatorReplay.ReplayAsync(CoordinatorPaths.ChildFailed());

        Assert.Equal([RetrainingNames.CheckActivity, RetrainingNames.BuildDatasetActivity, NotificationNames.SendActivity], observer.Scheduled);
        var round = Assert.Single(Assert.IsType<CoordinatorInput>(observer.ContinuedAsNewWith).Carry!.Recent);
        Assert.Equal(RoundOutcome.TrainingFailed, round.Outcome);
        Assert.Equal(CoordinatorPaths.RunId, round.RunId);
        Assert.Contains("(TrainerNotFound)", round.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ChildInput_TrainsOnThePreferencePairs_WithTokenApproval_CheckpointsOnly()
    {
        var input = RoundInput.For(CoordinatorHistory.Settings, "feedback-0001", CoordinatorPaths.PreferenceDataset);

        Assert.Equal(TrainMode.Preference, input.Training!.Mode);
        Assert.Equal(("data/recipe-model/feedback-0001/preference", "sha256-0001", 2L, 1L), (input.Dataset!.Folder, input.Dataset.SnapshotId, input.Dataset.Train, input.Dataset.Valid));
        Assert.Equal("data/recipe-model/feedback-0001/evaluation.jsonl", input.Evaluation!.RequestsFile);
        Assert.True(input.Promotion!.CheckpointsOnly);
        Assert.Equal((true, true), (input.Promotion.Approval!.Required, input.Promotion.Approval.RequireToken == true));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Replay_FrozenCoordinatorHistory_ReplaysAgainstCurrentCode(string file)
    {
        var json = await File.ReadAllTextAsync(Path.Combine(OutputFolder, file));

        await CoordinatorReplay.ReplayAsync(WorkflowHistory.FromJson(Path.GetFileNameWithoutExtension(file), json));
    }

    [Fact]
    public void Freeze_EveryReleasedPath_HasAFrozenHistory()
    {
        FrozenHistories.FreezeWhenAsked(SourceFolder, CoordinatorPaths.All());

        var frozen = FrozenHistories.FileNames(OutputFolder).Select(Path.GetFileNameWithoutExtension).ToHashSet();
        Assert.All(CoordinatorPaths.All().Keys, name => Assert.Contains(name, frozen));
    }
}
