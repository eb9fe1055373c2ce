using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Workflows.RecipeModel;
using PantryPilot.Workflows.Tests.Support;
using Temporalio.Common;
using Temporalio.Exceptions;

namespace PantryPilot.Workflows.Tests.RecipeModel;

/// <summary>Replays hand-built histories against the real RecipeModelWorkflow code (no server): every path of the
/// data half (happy, a batch retried, a resumed run, every sample removed, cancellation) and the drifts that must
/// not replay.</summary>
public class RecipeModelReplayTests
{
    [Fact]
    public async Task Replay_HappyPath_SchedulesWavesThenFilterSplitAndSnapshots()
    {
        var probe = await ReplayProbe.ReplayAsync<RecipeModelWorkflow>(RecipeModelHistory.HappyPath().Builder.Build(RecipeModelHistory.WorkflowId));

        string[] expected =
        [
            "RecipeModel.GenerateBatch", "RecipeModel.GenerateBatch", "RecipeModel.GenerateBatch",
            "RecipeModel.SnapshotDataset", "RecipeModel.Filter", "RecipeModel.Split", "RecipeModel.SnapshotDataset",
        ];
        Assert.Equal(expected, probe.Scheduled);
        var output = Assert.IsType<RecipeModelOutput>(probe.Outcome!.Result);
        Assert.Equal(RecipeModelHistory.WorkflowId, output.RunId);
        Assert.Equal("raw-snap", output.GeneratedSnapshotId);
        Assert.Equal("dataset-snap", output.DatasetSnapshotId);
        Assert.Equal(250, output.Requested);
        Assert.Equal(99 + 99 + 49, output.Generated);
        Assert.Equal(3, output.TeacherRejected["truncated"]);
        Assert.Equal(200, output.Filter.Kept);
        Assert.Equal(180, output.Split.Train);
    }

    [Fact]
    public async Task Replay_AllBatchesInOneWave_ThrowsNondeterminism()
    {
        // MaxParallelBatches is 2: a history that scheduled all three batches in one workflow task is not this code.
        var h = new RecipeModelHistory(RecipeModelHistory.DefaultInput()).Wave((0, 100, false), (1, 100, false), (2, 50, false)).Snapshot("s").Filter().Split().Snapshot("t");
        h.Builder.WorkflowCompleted(null);

        await Assert.ThrowsAsync<WorkflowNondeterminismException>(() => ReplayAsync(h.Builder.Build(RecipeModelHistory.WorkflowId)));
    }

    [Fact]
    public async Task Replay_FilterBeforeSnapshot_ThrowsHistoryDrift()
    {
        var h = new RecipeModelHistory(RecipeModelHistory.DefaultInput()).Generate().Filter().Snapshot("s");

        await Assert.ThrowsAsync<HistoryDriftException>(() => ReplayAsync(h.Builder.Build(RecipeModelHistory.WorkflowId)));
    }

    private static async Task<WorkflowOutcome> ReplayAsync(WorkflowHistory history)
    {
        var probe = await ReplayProbe.ReplayAsync<RecipeModelWorkflow>(history);
        return probe.Outcome ?? throw new InvalidOperationException("the replayed workflow never ended");
    }
}
