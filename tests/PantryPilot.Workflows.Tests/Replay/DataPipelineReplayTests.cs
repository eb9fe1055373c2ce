using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Workflows.DataPipeline;
using PantryPilot.Workflows.Tests.Support;
using Temporalio.Common;
using Temporalio.Exceptions;

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
        h.Activities("pantry.validate", DataTables.Validated, t => new object());
        h.Activities("pantry.ingest", DataTables.Ingested, PipelineHistory.IngestResult);

        await Assert.ThrowsAsync<HistoryDriftException>(() => ReplayAsync(h.Builder.Build(WorkflowId)));
    }

    [Fact]
    public async Task Replay_SameShapeStagesReordered_ThrowsHistoryDrift()
    {
        // Transform before validate: two activities per workflow task either way, so the SDK's own check (kinds and
        // counts) cannot tell; the probe's activity-type check must.
        var h = new PipelineHistory(PipelineHistory.DefaultInput()).Ingest().Transform();

        var e = await Assert.ThrowsAsync<HistoryDriftException>(() => ReplayAsync(h.Builder.Build(WorkflowId)));
        Assert.Contains("'pantry.validate'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'pantry.transform'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_ActivityTypeRenamed_ThrowsHistoryDrift()
    {
        var h = new PipelineHistory(PipelineHistory.DefaultInput());
        h.Activities("IngestTable", DataTables.Ingested, PipelineHistory.IngestResult);

        await Assert.ThrowsAsync<HistoryDriftException>(() => ReplayAsync(h.Builder.Build(WorkflowId)));
    }

    [Fact]
    public async Task Replay_ParallelStageSplitAcrossWorkflowTasks_ThrowsNondeterminism()
    {
        // The three ingest activities are scheduled together; a history with only one of them before the next
        // workflow task does not match.
        var h = new PipelineHistory(PipelineHistory.DefaultInput());
        h.Activities("pantry.ingest", DataTables.Ingested.Take(1), t => new object());
        h.Builder.WorkflowCompleted(null);

        await Assert.ThrowsAsync<WorkflowNondeterminismException>(() => ReplayAsync(h.Builder.Build(WorkflowId)));
    }

    [Fact]
    public async Task Replay_HappyPath_CompletesWithSummary()
    {
        var probe = await ReplayProbe.ReplayAsync<DataPipelineWorkflow>(PipelineHistory.HappyPath().Builder.Build(WorkflowId));
        var outcome = probe.Outcome!;

        string[] expected = ["pantry.ingest", "pantry.ingest", "pantry.ingest", "pantry.validate", "pantry.validate", "pantry.publish-validation-report", "pantry.transform", "pantry.transform", "pantry.detect-anomalies", "pantry.build-reports", "pantry.snapshot", "pantry.write-run-report"];
        Assert.Equal(expected, probe.Scheduled);

        var output = Assert.IsType<PipelineSummary>(outcome.Result);
        Assert.Equal(WorkflowId, output.RunId);
        Assert.Equal("snap-123", output.SnapshotId);
        Assert.Equal(9, output.Alerts.Total);
        Assert.Equal(DataTables.Ingested.Count + (2 * DataTables.Validated.Count), output.Stages.Count);
        Assert.True(output.RowsConserved);
    }

    [Fact]
    public async Task Replay_HappyPathEndingInFailure_ThrowsNondeterminism()
    {
        // Same commands, but the history says the workflow failed where the code completes it.
        var h = new PipelineHistory(PipelineHistory.DefaultInput()).Ingest().Validate(true, ValidationPolicy.Quarantine).Transform().DetectAndReport().Snapshot().RunReport();
        h.Builder.WorkflowFailed("boom", "Boom");

        await Assert.ThrowsAsync<WorkflowNondeterminismException>(() => ReplayAsync(h.Builder.Build(WorkflowId)));
    }

    [Fact]
    public async Task Replay_FailedSuiteUnderStop_WritesRunReportThenFailsWithValidationFailed()
    {
        var h = new PipelineHistory(PipelineHistory.DefaultInput(ValidationPolicy.Stop)).Ingest().Validate(success: false, ValidationPolicy.Stop).RunReport();
        h.Builder.WorkflowFailed("Validation failed under the stop policy", FailureTypes.ValidationFailed);

        var outcome = await ReplayAsync(h.Builder.Build(WorkflowId));

        var failure = Assert.IsType<ApplicationFailureException>(outcome.Error);
        Assert.Equal(FailureTypes.ValidationFailed, failure.ErrorType);
        Assert.True(failure.NonRetryable);
    }

    [Fact]
    public async Task Replay_FailedSuiteUnderStopButHistoryGoesOn_ThrowsHistoryDrift()
    {
        // A flow that ignored the stop policy would schedule Transform: the code must not.
        var h = new PipelineHistory(PipelineHistory.DefaultInput(ValidationPolicy.Stop)).Ingest().Validate(success: false, ValidationPolicy.Stop).Transform();

        await Assert.ThrowsAsync<HistoryDriftException>(() => ReplayAsync(h.Builder.Build(WorkflowId)));
    }

    [Fact]
    public async Task Replay_FailedSuiteUnderQuarantine_ContinuesToCompletion()
    {
        var h = new PipelineHistory(PipelineHistory.DefaultInput(ValidationPolicy.Quarantine))
            .Ingest().Validate(success: false, ValidationPolicy.Quarantine).Transform().DetectAndReport().Snapshot().RunReport();
        h.Builder.WorkflowCompleted(null);

        var outcome = await ReplayAsync(h.Builder.Build(WorkflowId));

        var output = Assert.IsType<PipelineSummary>(outcome.Result);
        Assert.All(output.Validation, v => Assert.False(v.Success));
        Assert.Equal("snap-123", output.SnapshotId);
    }

    [Fact]
    public async Task Replay_SnapshotRetriesExhausted_FailsWorkflow()
    {
        var h = new PipelineHistory(PipelineHistory.DefaultInput()).Ingest().Validate(true, ValidationPolicy.Quarantine).Transform().DetectAndReport();
        var snapshot = h.Builder.ScheduleActivity("pantry.snapshot");
        h.Builder.FailActivity(snapshot, "remote unreachable", "IOException", nonRetryable: false).WorkflowTask();
        h.Builder.WorkflowFailed("Activity task failed", "IOException");

        var outcome = await ReplayAsync(h.Builder.Build(WorkflowId));

        var failure = Assert.IsType<ActivityFailureException>(outcome.Error);
        Assert.Equal("pantry.snapshot", failure.ActivityType);
        Assert.Equal("IOException", Assert.IsType<ApplicationFailureException>(failure.InnerException).ErrorType);
    }

    [Fact]
    public async Task Replay_CancelledDuringIngest_CancelsActivitiesAndEndsCancelled()
    {
        var h = new PipelineHistory(PipelineHistory.DefaultInput());
        var b = h.Builder;
        var ids = DataTables.Ingested.Select(_ => b.ScheduleActivity("pantry.ingest")).ToArray();
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
        var ids = DataTables.Ingested.Select(_ => b.ScheduleActivity("pantry.ingest")).ToArray();
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
