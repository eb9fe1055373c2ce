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
        var probe = await RecipeReplay.ReplayAsync(RecipeModelHistory.HappyPath().Builder.Build(RecipeModelHistory.WorkflowId));

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

        await RecipeReplay.AssertDriftAsync(() => ReplayAsync(h.Builder.Build(RecipeModelHistory.WorkflowId)));
    }

    [Fact]
    public async Task Replay_BatchFailedTwiceThenRetried_SameCommandsAndResult()
    {
        // Temporal retries the batch server-side: history shows one scheduled activity, started on attempt 3, completed.
        var h = new RecipeModelHistory(RecipeModelHistory.DefaultInput());
        var b = h.Builder;
        var first = h.ScheduleBatch(0, 100);
        var second = h.ScheduleBatch(1, 100);
        b.StartActivity(first).StartActivity(second);
        h.Generated(RecipeModelHistory.BatchResult(0, 100), RecipeModelHistory.BatchResult(1, 100));
        var history = b.CompleteActivity(first, RecipeModelHistory.BatchResult(0, 100)).CompleteActivity(second, RecipeModelHistory.BatchResult(1, 100)).WorkflowTask();
        h.Wave((2, 50, false)).Snapshot("raw-snap").Filter().Split().Snapshot("dataset-snap");
        b.WorkflowCompleted(null);
        var built = b.Build(RecipeModelHistory.WorkflowId);
        built.Events.First(e => e.EventType == Temporalio.Api.Enums.V1.EventType.ActivityTaskStarted).ActivityTaskStartedEventAttributes.Attempt = 3;

        var outcome = await ReplayAsync(built);

        var output = Assert.IsType<RecipeModelOutput>(outcome.Result);
        Assert.Equal("dataset-snap", output.DatasetSnapshotId);
        Assert.Equal(0, output.BatchesSkipped);
    }

    [Fact]
    public async Task Replay_BatchRetriesExhausted_FailsWithoutFilteringPartialData()
    {
        var h = new RecipeModelHistory(RecipeModelHistory.DefaultInput());
        var b = h.Builder;
        var first = h.ScheduleBatch(0, 100);
        var second = h.ScheduleBatch(1, 100);
        b.CompleteActivity(first, RecipeModelHistory.BatchResult(0, 100));
        b.FailActivity(second, "teacher endpoint unreachable", "HttpRequestException", nonRetryable: false).WorkflowTask();
        b.WorkflowFailed("Activity task failed", "HttpRequestException");

        var probe = await RecipeReplay.ReplayAsync(b.Build(RecipeModelHistory.WorkflowId));

        var failure = Assert.IsType<ActivityFailureException>(probe.Outcome!.Error);
        Assert.Equal("RecipeModel.GenerateBatch", failure.ActivityType);
        Assert.DoesNotContain("RecipeModel.Filter", probe.Scheduled);
    }

    [Fact]
    public async Task Replay_ResumedAfterCrash_BatchesAlreadyWrittenReportedSkipped()
    {
        // A second run with the same dataset name: batches 0 and 1 were written before the crash, batch 2 was not.
        var h = new RecipeModelHistory(RecipeModelHistory.DefaultInput()).Generate(skippedFirstWave: true).Snapshot("raw-snap").Filter().Split().Snapshot("dataset-snap");
        h.Builder.WorkflowCompleted(null);

        var outcome = await ReplayAsync(h.Builder.Build(RecipeModelHistory.WorkflowId));

        var output = Assert.IsType<RecipeModelOutput>(outcome.Result);
        Assert.Equal(2, output.BatchesSkipped);
        Assert.Equal(247, output.Generated);
    }

    [Fact]
    public async Task Replay_EverySampleRemoved_FailsNothingKeptBeforeSplit()
    {
        var h = new RecipeModelHistory(RecipeModelHistory.DefaultInput()).Generate().Snapshot("raw-snap").Filter(kept: 0);
        h.Builder.WorkflowFailed("The filter removed every one of 247 samples", RecipeModelFailures.NothingKept);

        var probe = await RecipeReplay.ReplayAsync(h.Builder.Build(RecipeModelHistory.WorkflowId));

        var failure = Assert.IsType<ApplicationFailureException>(probe.Outcome!.Error);
        Assert.Equal(RecipeModelFailures.NothingKept, failure.ErrorType);
        Assert.True(failure.NonRetryable);
        Assert.Contains("selected-violates-diet 247", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("RecipeModel.Split", probe.Scheduled);
    }

    [Fact]
    public async Task Replay_EverySampleRemovedButHistorySplits_ThrowsHistoryDrift()
    {
        var h = new RecipeModelHistory(RecipeModelHistory.DefaultInput()).Generate().Snapshot("raw-snap").Filter(kept: 0).Split();

        await RecipeReplay.AssertDriftAsync(() => ReplayAsync(h.Builder.Build(RecipeModelHistory.WorkflowId)));
    }

    [Fact]
    public async Task Replay_CancelledDuringGenerate_CancelsRunningBatchesAndEndsCancelled()
    {
        var h = new RecipeModelHistory(RecipeModelHistory.DefaultInput());
        var b = h.Builder;
        var ids = new[] { h.ScheduleBatch(0, 100), h.ScheduleBatch(1, 100) };
        foreach (var id in ids)
        {
            b.StartActivity(id);
        }

        b.CancelRequested().WorkflowTask();
        foreach (var id in ids)
        {
            b.RequestCancelActivity(id);
        }

        foreach (var id in ids)
        {
            b.ActivityCanceled(id);
        }

        b.WorkflowTask().WorkflowCanceled();

        var outcome = await ReplayAsync(b.Build(RecipeModelHistory.WorkflowId));

        Assert.True(TemporalException.IsCanceledException(outcome.Error!));
    }

    [Fact]
    public async Task Replay_InvalidInput_FailsBeforeAnyActivity()
    {
        var h = new RecipeModelHistory(RecipeModelHistory.DefaultInput() with { SampleCount = 0 });
        h.Builder.WorkflowFailed("Invalid recipe-model input", RecipeModelFailures.InvalidInput);

        var probe = await RecipeReplay.ReplayAsync(h.Builder.Build(RecipeModelHistory.WorkflowId));

        Assert.Equal(RecipeModelFailures.InvalidInput, Assert.IsType<ApplicationFailureException>(probe.Outcome!.Error).ErrorType);
        Assert.Empty(probe.Scheduled);
    }

    [Fact]
    public async Task Replay_NoDatasetName_NamesItByWorkflowDate()
    {
        var input = RecipeModelHistory.DefaultInput() with { DatasetName = null, SampleCount = 50 };
        var h = new RecipeModelHistory(input).Wave((0, 50, false)).Snapshot("raw").Filter().Split().Snapshot("ds");
        h.Builder.WorkflowCompleted(null);

        var outcome = await ReplayAsync(h.Builder.Build("recipe-model-2026-03-01"));

        // The history builder's clock starts on 2026-03-01: the name comes from workflow time, so replays agree.
        Assert.Equal("2026-03-01", Assert.IsType<RecipeModelOutput>(outcome.Result).DatasetName);
    }

    [Fact]
    public async Task Replay_SlowBatch_DoesNotHoldUpTheNextOne()
    {
        // Release 1 ran batches in waves: batch 2 waited for the slow batch 0 although batch 1's slot was free.
        var h = new RecipeModelHistory(RecipeModelHistory.DefaultInput());
        var b = h.Builder;
        var slow = h.ScheduleBatch(0, 100);
        var quick = h.ScheduleBatch(1, 100);
        b.StartActivity(slow);
        b.CompleteActivity(quick, RecipeModelHistory.BatchResult(1, 100)).WorkflowTask();
        var next = h.ScheduleBatch(2, 50);
        b.CompleteActivity(next, RecipeModelHistory.BatchResult(2, 50)).WorkflowTask();
        b.CompleteActivity(slow, RecipeModelHistory.BatchResult(0, 100)).WorkflowTask();
        h.Generated(RecipeModelHistory.BatchResult(0, 100), RecipeModelHistory.BatchResult(1, 100), RecipeModelHistory.BatchResult(2, 50));
        h.Snapshot("raw-snap").Filter().Split().Snapshot("dataset-snap");
        b.WorkflowCompleted(null);

        var outcome = await ReplayAsync(b.Build(RecipeModelHistory.WorkflowId));

        Assert.Equal("dataset-snap", Assert.IsType<RecipeModelOutput>(outcome.Result).DatasetSnapshotId);
    }

    [Fact]
    public async Task Replay_OneBatchFails_CancelsTheBatchStillRunning()
    {
        var h = new RecipeModelHistory(RecipeModelHistory.DefaultInput());
        var b = h.Builder;
        var first = h.ScheduleBatch(0, 100);
        var second = h.ScheduleBatch(1, 100);
        b.StartActivity(second);
        b.FailActivity(first, "teacher endpoint unreachable", "HttpRequestException", nonRetryable: false).WorkflowTask();
        b.RequestCancelActivity(second);
        b.ActivityCanceled(second).WorkflowTask();
        b.WorkflowFailed("Activity task failed", "HttpRequestException");

        var probe = await RecipeReplay.ReplayAsync(b.Build(RecipeModelHistory.WorkflowId));

        var failure = Assert.IsType<ActivityFailureException>(probe.Outcome!.Error);
        Assert.Equal("HttpRequestException", Assert.IsType<ApplicationFailureException>(failure.InnerException).ErrorType);
        Assert.Equal(2, probe.Scheduled.Count);
    }

    [Fact]
    public async Task Replay_HappyPathHistoryFileOfVersion1_StillReplays()
    {
        // Kept beside the tests: a change to the flow that would break running v1 workflows fails here.
        var path = Path.Combine(AppContext.BaseDirectory, "RecipeModel", "Histories", "recipe-model-v1-dataset-happy.json");
        var history = WorkflowHistory.FromJson(RecipeModelHistory.WorkflowId, await File.ReadAllTextAsync(path));

        var outcome = await ReplayAsync(history);

        Assert.Equal("dataset-snap", Assert.IsType<RecipeModelOutput>(outcome.Result).DatasetSnapshotId);
    }

    private static async Task<WorkflowOutcome> ReplayAsync(WorkflowHistory history)
    {
        var probe = await RecipeReplay.ReplayAsync(history);
        return probe.Outcome ?? throw new InvalidOperationException("the replayed workflow never ended");
    }
}
