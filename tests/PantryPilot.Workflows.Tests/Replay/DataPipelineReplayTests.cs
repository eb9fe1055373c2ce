using PantryPilot.Activities.Pipeline;
using PantryPilot.Workflows.DataPipeline;
using PantryPilot.Workflows.Tests.Support;
using Temporalio.Common;
using Temporalio.Exceptions;
using static PantryPilot.Workflows.DataPipeline.DataPipelineStages;

namespace PantryPilot.Workflows.Tests.Replay;

/// <summary>Replays hand-built histories against the real DataPipelineWorkflow code (no server). A history whose
/// command kinds do not match the code fails with the SDK's <see cref="WorkflowNondeterminismException"/>; one whose
/// activity types do not match fails with the probe's <see cref="HistoryDriftException"/> (the 1.21 core does not
/// compare activity types or ids on replay, see <see cref="ReplayProbe"/>).</summary>
public class DataPipelineReplayTests
{
    private const string WorkflowId = "pantry-pipeline-2026-03-01";

    [Fact]
    public async Task Replay_StagesReordered_ThrowsHistoryDrift()
    {
        // Written first, to prove the builder means something: a history from a flow that validated before
        // ingesting (two stages swapped) must not replay against the real workflow code.
        var h = new PipelineHistory(PipelineHistory.DefaultInput());
        h.Activities("Validate", ValidatedTables, t => new object());
        h.Activities("Ingest", IngestedTables, PipelineHistory.IngestResult);

        await Assert.ThrowsAsync<HistoryDriftException>(() => ReplayAsync(h.Builder.Build(WorkflowId)));
    }

    [Fact]
    public async Task Replay_SameShapeStagesReordered_ThrowsHistoryDrift()
    {
        // Transform before validate: two activities per workflow task either way, so the SDK's own check (kinds and
        // counts) cannot tell; the probe's activity-type check must.
        var h = new PipelineHistory(PipelineHistory.DefaultInput()).Ingest().Transform();

        var e = await Assert.ThrowsAsync<HistoryDriftException>(() => ReplayAsync(h.Builder.Build(WorkflowId)));
        Assert.Contains("'Validate'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'Transform'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_ActivityTypeRenamed_ThrowsHistoryDrift()
    {
        var h = new PipelineHistory(PipelineHistory.DefaultInput());
        h.Activities("IngestTable", IngestedTables, PipelineHistory.IngestResult);

        await Assert.ThrowsAsync<HistoryDriftException>(() => ReplayAsync(h.Builder.Build(WorkflowId)));
    }

    [Fact]
    public async Task Replay_ParallelStageSplitAcrossWorkflowTasks_ThrowsNondeterminism()
    {
        // The three ingest activities are scheduled together; a history with only one of them before the next
        // workflow task does not match.
        var h = new PipelineHistory(PipelineHistory.DefaultInput());
        h.Activities("Ingest", IngestedTables.Take(1), t => new object());
        h.Builder.WorkflowCompleted(null);

        await Assert.ThrowsAsync<WorkflowNondeterminismException>(() => ReplayAsync(h.Builder.Build(WorkflowId)));
    }

    [Fact]
    public async Task Replay_HappyPath_CompletesWithSummary()
    {
        var probe = await ReplayProbe.ReplayAsync<DataPipelineWorkflow>(PipelineHistory.HappyPath().Builder.Build(WorkflowId));
        var outcome = probe.Outcome!;

        string[] expected = ["Ingest", "Ingest", "Ingest", "Validate", "Validate", "PublishReport", "Transform", "Transform", "Detect", "Build", "Snapshot", "Write"];
        Assert.Equal(expected, probe.Scheduled);

        var output = Assert.IsType<DataPipelineOutput>(outcome.Result);
        Assert.Equal(WorkflowId, output.Summary.RunId);
        Assert.Equal("snap-123", output.Summary.SnapshotId);
        Assert.Equal(9, output.Summary.Alerts.Total);
        Assert.Equal(IngestedTables.Count + (2 * ValidatedTables.Count), output.Summary.Stages.Count);
        Assert.True(output.Summary.RowsConserved);
    }

    [Fact]
    public async Task Replay_HappyPathEndingInFailure_ThrowsNondeterminism()
    {
        // Same commands, but the history says the workflow failed where the code completes it.
        var h = new PipelineHistory(PipelineHistory.DefaultInput()).Ingest().Validate(true, "quarantine").Transform().DetectAndReport().Snapshot().RunReport();
        h.Builder.WorkflowFailed("boom", "Boom");

        await Assert.ThrowsAsync<WorkflowNondeterminismException>(() => ReplayAsync(h.Builder.Build(WorkflowId)));
    }

    [Fact]
    public async Task Replay_FailedSuiteUnderStop_WritesRunReportThenFailsWithValidationFailed()
    {
        var h = new PipelineHistory(PipelineHistory.DefaultInput(ValidationPolicy.Stop)).Ingest().Validate(success: false, "stop").RunReport();
        h.Builder.WorkflowFailed("Validation failed under the stop policy", ValidationFailedType);

        var outcome = await ReplayAsync(h.Builder.Build(WorkflowId));

        var failure = Assert.IsType<ApplicationFailureException>(outcome.Error);
        Assert.Equal(ValidationFailedType, failure.ErrorType);
        Assert.True(failure.NonRetryable);
    }

    [Fact]
    public async Task Replay_FailedSuiteUnderStopButHistoryGoesOn_ThrowsHistoryDrift()
    {
        // A flow that ignored the stop policy would schedule Transform: the code must not.
        var h = new PipelineHistory(PipelineHistory.DefaultInput(ValidationPolicy.Stop)).Ingest().Validate(success: false, "stop").Transform();

        await Assert.ThrowsAsync<HistoryDriftException>(() => ReplayAsync(h.Builder.Build(WorkflowId)));
    }

    [Fact]
    public async Task Replay_FailedSuiteUnderQuarantine_ContinuesToCompletion()
    {
        var h = new PipelineHistory(PipelineHistory.DefaultInput(ValidationPolicy.Quarantine))
            .Ingest().Validate(success: false, "quarantine").Transform().DetectAndReport().Snapshot().RunReport();
        h.Builder.WorkflowCompleted(null);

        var outcome = await ReplayAsync(h.Builder.Build(WorkflowId));

        var output = Assert.IsType<DataPipelineOutput>(outcome.Result);
        Assert.All(output.Summary.Validation, v => Assert.False(v.Success));
        Assert.Equal("snap-123", output.Summary.SnapshotId);
    }

    [Fact]
    public async Task Replay_SnapshotRetriesExhausted_FailsWorkflow()
    {
        var h = new PipelineHistory(PipelineHistory.DefaultInput()).Ingest().Validate(true, "quarantine").Transform().DetectAndReport();
        var snapshot = h.Builder.ScheduleActivity("Snapshot");
        h.Builder.FailActivity(snapshot, "remote unreachable", "IOException", nonRetryable: false).WorkflowTask();
        h.Builder.WorkflowFailed("Activity task failed", "IOException");

        var outcome = await ReplayAsync(h.Builder.Build(WorkflowId));

        var failure = Assert.IsType<ActivityFailureException>(outcome.Error);
        Assert.Equal("Snapshot", failure.ActivityType);
        Assert.Equal("IOException", Assert.IsType<ApplicationFailureException>(failure.InnerException).ErrorType);
    }

    [Fact]
    public async Task Replay_CancelledDuringIngest_CancelsActivitiesAndEndsCancelled()
    {
        var h = new PipelineHistory(PipelineHistory.DefaultInput());
        var b = h.Builder;
        var ids = IngestedTables.Select(_ => b.ScheduleActivity("Ingest")).ToArray();
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

        var outcome = await ReplayAsync(b.Build(WorkflowId));

        Assert.True(TemporalException.IsCanceledException(outcome.Error!));
    }

    [Fact]
    public async Task Replay_CancelledButActivitiesNotCancelled_ThrowsNondeterminism()
    {
        // The workflow must ask its running activities to stop: a history without the cancel requests is not it.
        var h = new PipelineHistory(PipelineHistory.DefaultInput());
        var b = h.Builder;
        var ids = IngestedTables.Select(_ => b.ScheduleActivity("Ingest")).ToArray();
        foreach (var id in ids)
        {
            b.StartActivity(id);
        }

        b.CancelRequested().WorkflowTask().WorkflowCanceled();

        await Assert.ThrowsAsync<WorkflowNondeterminismException>(() => ReplayAsync(b.Build(WorkflowId)));
    }

    private static async Task<WorkflowOutcome> ReplayAsync(WorkflowHistory history)
    {
        var probe = await ReplayProbe.ReplayAsync<DataPipelineWorkflow>(history);
        return probe.Outcome ?? throw new InvalidOperationException("the replayed workflow never ended");
    }
}
