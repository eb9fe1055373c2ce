using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Workflows.DataPipeline;
using PantryPilot.Workflows.Tests.Support;
using Temporalio.Api.Enums.V1;
using Temporalio.Common;
using Temporalio.Exceptions;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Tests.Replay;

/// <summary>Replays histories built as the server records them against the real DataPipelineWorkflow code (no
/// server). Any drift (another command kind, activity type or order) fails with the SDK's own
/// <see cref="WorkflowNondeterminismException"/>.</summary>
public class DataPipelineReplayTests
{
    private const string WorkflowId = "pantry-pipeline-2026-03-01";

    [Fact]
    public async Task Replay_StagesReordered_ThrowsNondeterminism()
    {
        // Written first, to prove the builder means something: a history from a flow that validated before
        // ingesting (two stages swapped) must not replay against the real workflow code.
        var h = new PipelineHistory(PipelineHistory.DefaultInput());
        h.Activities("pantry.validate", DataTables.Ingested, _ => null, _ => "x", PipelineHistory.IngestResult);

        await Assert.ThrowsAsync<WorkflowNondeterminismException>(() => ReplayAsync(h));
    }

    [Fact]
    public async Task Replay_SameShapeStagesReordered_ThrowsNondeterminism()
    {
        // Transform before validate: two activities per workflow task either way, so only the SDK's activity-type
        // check (on because the history carries the core flags) can tell.
        var h = new PipelineHistory(PipelineHistory.DefaultInput()).Ingest().Transform();

        var e = await Assert.ThrowsAsync<WorkflowNondeterminismException>(() => ReplayAsync(h));
        Assert.Contains("pantry.validate", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_ActivityTypeRenamed_ThrowsNondeterminism()
    {
        var h = new PipelineHistory(PipelineHistory.DefaultInput());
        h.Activities("IngestTable", DataTables.Ingested, t => new IngestInput(h.Input, t), _ => "x", PipelineHistory.IngestResult);

        await Assert.ThrowsAsync<WorkflowNondeterminismException>(() => ReplayAsync(h));
    }

    [Fact]
    public async Task Replay_ParallelStageSplitAcrossWorkflowTasks_ThrowsNondeterminism()
    {
        // The three ingest activities are scheduled together; a history with only one of them before the next
        // workflow task does not match.
        var h = new PipelineHistory(PipelineHistory.DefaultInput());
        h.Activities("pantry.ingest", DataTables.Ingested.Take(1), t => new IngestInput(h.Input, t), _ => "x", PipelineHistory.IngestResult);
        h.Builder.WorkflowCompleted(null);

        await Assert.ThrowsAsync<WorkflowNondeterminismException>(() => ReplayAsync(h));
    }

    [Fact]
    public async Task Replay_HappyPath_CompletesWithSummaryAndTellsTheStoryInTheWebUi()
    {
        var observed = await ReplayAsync(PipelineHistory.HappyPath());

        string[] expected =
        [
            "pantry.ingest", "pantry.ingest", "pantry.ingest", "pantry.validate", "pantry.validate", "pantry.publish-validation-report",
            "pantry.transform", "pantry.transform", "pantry.detect-anomalies", "pantry.build-reports", "pantry.snapshot", "pantry.write-run-report",
        ];
        Assert.Equal(expected, observed.Scheduled);
        string[] summaries =
        [
            "ingest inventory", "ingest purchase_history", "ingest receipts", "validate inventory", "validate purchase_history", "publish validation report",
            "transform inventory", "transform purchase_history", "detect anomalies", "build bias and profile reports", "snapshot raw, processed and alerts", "write run report",
        ];
        Assert.Equal(summaries, observed.Summaries);

        var output = Assert.IsType<PipelineSummary>(observed.Outcome!.Result);
        Assert.Equal(WorkflowId, output.RunId);
        Assert.Equal("snap-123", output.SnapshotId);
        Assert.Equal(9, output.Alerts.Total);
        Assert.Equal(DataTables.Ingested.Count + (2 * DataTables.Validated.Count), output.Stages.Count);
        Assert.True(output.RowsConserved);

        Assert.Equal("2026-03-01", observed.SearchAttributes["PantryAsOf"]);
        Assert.Equal("synthetic", observed.SearchAttributes["PantrySource"]);
        Assert.Equal("completed", observed.SearchAttributes["PantryOutcome"]);
        Assert.Equal("snap-123", observed.SnapshotMemo);
        Assert.Contains("version: completed", observed.CurrentDetails, StringComparison.Ordinal);
        Assert.Contains("snapshot snap-123", observed.CurrentDetails, StringComparison.Ordinal);
    }

    /// <summary>The workflow run owns the data folder: every activity it schedules carries its workflow id and run id
    /// as <see cref="PipelineRun.Owner"/> (what the activities claim, check and release the folder lock in the name
    /// of), without any command added to the history (the frozen histories replay too).</summary>
    [Fact]
    public async Task Replay_HappyPath_EveryActivityRunsInTheNameOfThisWorkflowRun()
    {
        var observed = await ReplayAsync(PipelineHistory.HappyPath());

        Assert.False(string.IsNullOrEmpty(observed.RunId));
        Assert.Equal(12, observed.Arguments.Count);
        foreach (var args in observed.Arguments)
        {
            var run = (PipelineRun)args.Single()!.GetType().GetProperty(nameof(IngestInput.Run))!.GetValue(args.Single())!;
            Assert.Equal(new FolderOwner(WorkflowId, observed.RunId!), run.Owner);
        }
    }

    [Fact]
    public async Task Replay_HappyPathWithoutOutcomeUpsert_ThrowsNondeterminism()
    {
        // The outcome search attribute is a command: a history without it is not this workflow's.
        var h = new PipelineHistory(PipelineHistory.DefaultInput()).Ingest().Validate(true, ValidationPolicy.Quarantine).Transform().DetectAndReport().Snapshot().RunReport();
        h.Builder.UpsertMemo(PipelineSearchAttributes.SnapshotMemo, "snap-123").WorkflowCompleted(null);

        await Assert.ThrowsAsync<WorkflowNondeterminismException>(() => ReplayAsync(h));
    }

    [Fact]
    public async Task Replay_HappyPathEndingInFailure_ThrowsNondeterminism()
    {
        // Same commands, but the history says the workflow failed where the code completes it.
        var h = new PipelineHistory(PipelineHistory.DefaultInput()).Ingest().Validate(true, ValidationPolicy.Quarantine).Transform().DetectAndReport().Snapshot().RunReport();
        h.Builder.UpsertMemo(PipelineSearchAttributes.SnapshotMemo, "snap-123").UpsertSearchAttributes(PipelineSearchAttributes.Outcome.ValueSet(RunOutcomes.Completed));
        h.Builder.WorkflowFailed("boom", "Boom");

        await Assert.ThrowsAsync<WorkflowNondeterminismException>(() => ReplayAsync(h));
    }

    [Fact]
    public async Task Replay_FailedSuiteUnderStop_WritesRunReportThenFailsWithValidationFailed()
    {
        var h = new PipelineHistory(PipelineHistory.DefaultInput(ValidationPolicy.Stop)).Ingest().Validate(success: false, ValidationPolicy.Stop).RunReport()
            .Failed(RunOutcomes.ValidationFailed, "Validation failed under the stop policy", FailureTypes.ValidationFailed);

        var observed = await ReplayAsync(h);

        var failure = Assert.IsType<ApplicationFailureException>(observed.Outcome!.Error);
        Assert.Equal(FailureTypes.ValidationFailed, failure.ErrorType);
        Assert.True(failure.NonRetryable);
        Assert.Equal("validation-failed", observed.SearchAttributes["PantryOutcome"]);
    }

    [Fact]
    public async Task Replay_FailedSuiteUnderStopButHistoryGoesOn_ThrowsNondeterminism()
    {
        // A flow that ignored the stop policy would schedule Transform: the code must not.
        var h = new PipelineHistory(PipelineHistory.DefaultInput(ValidationPolicy.Stop)).Ingest().Validate(success: false, ValidationPolicy.Stop).Transform();

        await Assert.ThrowsAsync<WorkflowNondeterminismException>(() => ReplayAsync(h));
    }

    [Fact]
    public async Task Replay_FailedSuiteUnderQuarantine_ContinuesToCompletion()
    {
        var h = new PipelineHistory(PipelineHistory.DefaultInput(ValidationPolicy.Quarantine))
            .Ingest().Validate(success: false, ValidationPolicy.Quarantine).Transform().DetectAndReport().Snapshot().RunReport().Completed();

        var observed = await ReplayAsync(h);

        var output = Assert.IsType<PipelineSummary>(observed.Outcome!.Result);
        Assert.All(output.Validation, v => Assert.False(v.Success));
        Assert.Equal("snap-123", output.SnapshotId);
    }

    [Fact]
    public async Task Replay_NonRetryableFailureInsideParallelStage_FailsRunWithOutcomeFailed()
    {
        // Validating inventory hits bad input (non-retryable) while purchase_history validates fine.
        var h = new PipelineHistory(PipelineHistory.DefaultInput()).Ingest();
        var b = h.Builder;
        var inventory = b.ScheduleActivity("pantry.validate", new ValidateInput(h.Input, DataTable.Inventory, "/data/raw/Inventory.parquet"), "validate inventory");
        var purchases = b.ScheduleActivity("pantry.validate", new ValidateInput(h.Input, DataTable.Purchases, "/data/raw/Purchases.parquet"), "validate purchase_history");
        b.FailActivity(inventory, "validate inventory: no expectation suite at /suites/inventory.json", FailureTypes.BadInput, nonRetryable: true);
        b.CompleteActivity(purchases, new ValidateOutput(DataTable.Purchases, "s", true, 1, 0, ValidationPolicy.Quarantine, "/v", null, "/r", new StageCounts("validate", DataTable.Purchases, 1, 1, 0)));
        b.WorkflowTask();
        h.Failed(RunOutcomes.Failed, "Activity task failed", FailureTypes.BadInput);

        var observed = await ReplayAsync(h);

        var failure = Assert.IsType<ActivityFailureException>(observed.Outcome!.Error);
        Assert.Equal("pantry.validate", failure.ActivityType);
        Assert.Equal(FailureTypes.BadInput, Assert.IsType<ApplicationFailureException>(failure.InnerException).ErrorType);
        Assert.Equal("failed", observed.SearchAttributes["PantryOutcome"]);
    }

    [Fact]
    public async Task Replay_DetectionFailsWhileReportsRun_CancelsReportsThenFails()
    {
        var h = new PipelineHistory(PipelineHistory.DefaultInput()).Ingest().Validate(true, ValidationPolicy.Quarantine).Transform();
        var b = h.Builder;
        var (detect, build) = h.ScheduleDetectAndReport();
        b.StartActivity(build);
        b.FailActivity(detect, "processed table missing", FailureTypes.BadInput, nonRetryable: true).WorkflowTask();
        b.RequestCancelActivity(build);
        b.ActivityCanceled(build).WorkflowTask();
        h.Failed(RunOutcomes.Failed, "Activity task failed", FailureTypes.BadInput);

        var observed = await ReplayAsync(h);

        var failure = Assert.IsType<ActivityFailureException>(observed.Outcome!.Error);
        Assert.Equal("pantry.detect-anomalies", failure.ActivityType);
        Assert.Contains("detect-anomalies: failed", observed.CurrentDetails, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_DetectionFailsButReportsLeftRunning_ThrowsNondeterminism()
    {
        // A flow that let the report activity run on after its sibling failed would fail the workflow at once.
        var h = new PipelineHistory(PipelineHistory.DefaultInput()).Ingest().Validate(true, ValidationPolicy.Quarantine).Transform();
        var (detect, build) = h.ScheduleDetectAndReport();
        h.Builder.StartActivity(build);
        h.Builder.FailActivity(detect, "processed table missing", FailureTypes.BadInput, nonRetryable: true).WorkflowTask();
        h.Failed(RunOutcomes.Failed, "Activity task failed", FailureTypes.BadInput);

        await Assert.ThrowsAsync<WorkflowNondeterminismException>(() => ReplayAsync(h));
    }

    [Fact]
    public async Task Replay_SnapshotTimesOut_FailsWorkflow()
    {
        // The version stage's schedule-to-close budget is spent (e.g. the remote was down for hours).
        var h = new PipelineHistory(PipelineHistory.DefaultInput()).Ingest().Validate(true, ValidationPolicy.Quarantine).Transform().DetectAndReport();
        var snapshot = h.Builder.ScheduleActivity("pantry.snapshot", h.SnapshotInput(), "snapshot raw, processed and alerts");
        h.Builder.TimeOutActivity(snapshot, TimeoutType.ScheduleToClose).WorkflowTask();
        h.Failed(RunOutcomes.Failed, "Activity task timed out", "Timeout");

        var observed = await ReplayAsync(h);

        var failure = Assert.IsType<ActivityFailureException>(observed.Outcome!.Error);
        Assert.Equal("pantry.snapshot", failure.ActivityType);
        Assert.IsType<TimeoutFailureException>(failure.InnerException);
        Assert.Equal("failed", observed.SearchAttributes["PantryOutcome"]);
    }

    [Fact]
    public async Task Replay_SnapshotRetriesExhausted_FailsWorkflow()
    {
        var h = new PipelineHistory(PipelineHistory.DefaultInput()).Ingest().Validate(true, ValidationPolicy.Quarantine).Transform().DetectAndReport();
        var snapshot = h.Builder.ScheduleActivity("pantry.snapshot", h.SnapshotInput());
        h.Builder.FailActivity(snapshot, "remote unreachable", "IOException", nonRetryable: false).WorkflowTask();
        h.Failed(RunOutcomes.Failed, "Activity task failed", "IOException");

        var observed = await ReplayAsync(h);

        var failure = Assert.IsType<ActivityFailureException>(observed.Outcome!.Error);
        Assert.Equal("pantry.snapshot", failure.ActivityType);
        Assert.Equal("IOException", Assert.IsType<ApplicationFailureException>(failure.InnerException).ErrorType);
    }

    [Fact]
    public async Task Replay_CancelledDuringIngest_CancelsActivitiesAndEndsCancelled()
    {
        var h = new PipelineHistory(PipelineHistory.DefaultInput());
        var b = h.Builder;
        var ids = DataTables.Ingested.Select(t => b.ScheduleActivity("pantry.ingest", new IngestInput(h.Input, t), $"ingest {DataTables.Name(t)}")).ToArray();
        CancelRunning(b, ids);
        b.UpsertSearchAttributes(PipelineSearchAttributes.Outcome.ValueSet(RunOutcomes.Cancelled)).WorkflowCanceled();

        var observed = await ReplayAsync(h);

        Assert.True(TemporalException.IsCanceledException(observed.Outcome!.Error!));
        Assert.Equal("cancelled", observed.SearchAttributes["PantryOutcome"]);
    }

    [Fact]
    public async Task Replay_CancelledAfterIngest_CancelsValidationAndEndsCancelled()
    {
        var h = new PipelineHistory(PipelineHistory.DefaultInput()).Ingest();
        var b = h.Builder;
        var ids = DataTables.Validated.Select(t => b.ScheduleActivity("pantry.validate", h.ValidateInputOf(t), $"validate {DataTables.Name(t)}")).ToArray();
        CancelRunning(b, ids);
        b.UpsertSearchAttributes(PipelineSearchAttributes.Outcome.ValueSet(RunOutcomes.Cancelled)).WorkflowCanceled();

        var observed = await ReplayAsync(h);

        Assert.True(TemporalException.IsCanceledException(observed.Outcome!.Error!));
        Assert.Equal(["pantry.ingest", "pantry.ingest", "pantry.ingest", "pantry.validate", "pantry.validate"], observed.Scheduled);
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

        await Assert.ThrowsAsync<WorkflowNondeterminismException>(() => ReplayAsync(h));
    }

    [Fact]
    public async Task Replay_OneIngestFails_CancelsTheOtherIngestsBeforeTheRunFails()
    {
        // Release 1 let the other ingests retry for up to 4 hours after the run had failed and released the folder.
        var h = new PipelineHistory(PipelineHistory.DefaultInput());
        var b = h.Builder;
        var ids = DataTables.Ingested.Select(t => b.ScheduleActivity("pantry.ingest", new IngestInput(h.Input, t), $"ingest {DataTables.Name(t)}")).ToArray();
        b.StartActivity(ids[1]).StartActivity(ids[2]);
        b.FailActivity(ids[0], "inventory.csv row 3 field unit: 'bushel' is not a known unit", FailureTypes.BadInput, nonRetryable: true).WorkflowTask();
        b.RequestCancelActivity(ids[1]);
        b.RequestCancelActivity(ids[2]);
        b.ActivityCanceled(ids[1]).ActivityCanceled(ids[2]).WorkflowTask();
        h.Failed(RunOutcomes.Failed, "Activity task failed", FailureTypes.BadInput);

        var observed = await ReplayAsync(h);

        // The failure reported is the ingest that failed, not the cancellations it caused.
        var failure = Assert.IsType<ActivityFailureException>(observed.Outcome!.Error);
        Assert.Equal(FailureTypes.BadInput, Assert.IsType<ApplicationFailureException>(failure.InnerException).ErrorType);
        Assert.Equal("failed", observed.SearchAttributes["PantryOutcome"]);
        Assert.Contains("ingest: failed", observed.CurrentDetails, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_OneIngestFailsButTheOthersAreLeftRunning_ThrowsNondeterminism()
    {
        // Proves the test above can fail: a history in which the run waited for its siblings instead.
        var h = new PipelineHistory(PipelineHistory.DefaultInput());
        var b = h.Builder;
        var ids = DataTables.Ingested.Select(t => b.ScheduleActivity("pantry.ingest", new IngestInput(h.Input, t), $"ingest {DataTables.Name(t)}")).ToArray();
        b.FailActivity(ids[0], "bad unit", FailureTypes.BadInput, nonRetryable: true).WorkflowTask();
        b.CompleteActivity(ids[1], PipelineHistory.IngestResult(DataTable.Purchases)).CompleteActivity(ids[2], PipelineHistory.IngestResult(DataTable.Receipts)).WorkflowTask();

        // The core rejects the code's cancel commands against this history (as nondeterminism or a fatal machine error).
        var e = await Assert.ThrowsAnyAsync<TemporalException>(() => ReplayAsync(h));
        Assert.True(e is WorkflowNondeterminismException or InvalidWorkflowOperationException, e.GetType().Name);
    }

    [Fact]
    public async Task Replay_RunTerminatedByTheServer_ClaimsNoOutcome()
    {
        // A terminated (or timed-out) run executes no more code: release 1's "running" stayed on it for good.
        var h = new PipelineHistory(PipelineHistory.DefaultInput()).Ingest();
        h.Builder.Terminated();

        var observed = await ReplayAsync(h);

        Assert.False(observed.SearchAttributes.ContainsKey("PantryOutcome"));
        Assert.Equal("2026-03-01", observed.SearchAttributes["PantryAsOf"]);
    }

    internal static Task<ReplayObserver> ReplayAsync(PipelineHistory h) => ReplayObserver.ReplayAsync<DataPipelineWorkflow>(h.Builder.Build(WorkflowId));

    private static void CancelRunning(HistoryBuilder b, long[] ids)
    {
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

        b.WorkflowTask();
    }
}
