using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Contracts.Payloads;
using PantryPilot.Workflows.DataPipeline;
using PantryPilot.Workflows.Tests.Support;
using Temporalio.Api.Enums.V1;
using Temporalio.Common;
using Temporalio.Worker;

namespace PantryPilot.Workflows.Tests.Replay;

/// <summary>Histories of the released workflow versions, frozen as JSON in Histories/ (the format
/// <c>temporal workflow show --output json</c> writes, so a history exported from a live cluster can be dropped in
/// beside them). Every change to the workflow code must still replay all of them; a change in behaviour needs
/// <c>Workflow.Patched</c>, never an edited file. Refreeze only for a new version, and keep the old files:
/// <c>PANTRYPILOT_FREEZE_HISTORIES=1 dotnet test tests/PantryPilot.Workflows.Tests --filter Freeze</c>.</summary>
public class FrozenHistoryTests
{
    private static readonly string SourceFolder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Histories"));

    private static readonly Type[] Workflows = [typeof(DataPipelineWorkflow), typeof(PantrySensorWorkflow), typeof(ScheduledPipelineWorkflow)];

    public static TheoryData<string> Files() => new(FileNames());

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Replay_FrozenHistory_ReplaysAgainstCurrentCode(string file)
    {
        var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Histories", file));
        var history = WorkflowHistory.FromJson(WorkflowIdOf(file), json);

        // Throws on drift: a command the SDK rejects, or a queue, option, input or timer other than recorded.
        var replay = await ReplayObserver.ReplayAsync(history, Workflows, deadlockDetection: true);

        Assert.NotNull(replay);
    }

    [Fact]
    public void Freeze_EveryReleasedPath_HasAFrozenHistory()
    {
        FrozenHistories.FreezeWhenAsked(SourceFolder, FrozenHistories.AsReleaseOne(Paths()));
        FrozenHistories.FreezeWhenAsked(SourceFolder, ReleaseTwo());

        var frozen = FileNames().Select(Path.GetFileNameWithoutExtension).ToHashSet();
        Assert.All(Paths().Keys.Concat(ReleaseTwo().Keys), name => Assert.Contains(name, frozen));
    }

    /// <summary>The workflow id a frozen file was recorded under (the JSON holds events only; the pipeline's inputs
    /// name their workflow as the folder owner, so the id matters).</summary>
    private static string WorkflowIdOf(string file) =>
        file.Contains("-sensor-", StringComparison.Ordinal) ? WorkflowIds.Sensor
        : file.Contains("-scheduled-", StringComparison.Ordinal) ? ScheduledId
        : "pantry-pipeline-2026-03-01";

    private const string ScheduledId = "pantry-pipeline-daily-2026-03-01T21:00:00Z";

    private static IEnumerable<string> FileNames() => FrozenHistories.FileNames(Path.Combine(AppContext.BaseDirectory, "Histories"));

    /// <summary>The paths frozen for release 2 (file name → history): every change of the release at least once.</summary>
    private static Dictionary<string, Func<WorkflowHistory>> ReleaseTwo()
    {
        const string Id = "pantry-pipeline-2026-03-01";
        var template = PipelineHistory.DefaultInput();
        return new()
        {
            ["v2-pipeline-happy"] = () => PipelineHistory.HappyPath().Builder.Build(Id),
            ["v2-pipeline-ingest-fails-siblings-cancelled"] = () =>
            {
                var h = new PipelineHistory(PipelineHistory.DefaultInput());
                var b = h.Builder;
                var ids = DataTables.Ingested.Select(t => b.ScheduleActivity("pantry.ingest", new IngestInput(h.Input, t), $"ingest {DataTables.Name(t)}")).ToArray();
                b.StartActivity(ids[1]).StartActivity(ids[2]);
                b.FailActivity(ids[0], "inventory.csv row 3 field unit: 'bushel' is not a known unit", FailureTypes.BadInput, nonRetryable: true).WorkflowTask();
                b.RequestCancelActivity(ids[1]);
                b.RequestCancelActivity(ids[2]);
                b.ActivityCanceled(ids[1]).ActivityCanceled(ids[2]).WorkflowTask();
                return h.Failed(RunOutcomes.Failed, "Activity task failed", FailureTypes.BadInput).Builder.Build(Id);
            },
            ["v2-pipeline-terminated-after-ingest"] = () =>
            {
                var h = new PipelineHistory(PipelineHistory.DefaultInput()).Ingest();
                return h.Builder.Terminated().Build(Id);
            },
            ["v2-sensor-malformed-signals-continue-as-new"] = () =>
            {
                var b = PantrySensorReplayTests.NewSensor(5, maxSignals: 3);
                b.Signal("new-data-arrived", new NewDataArrivedSignal("bad-1")).Signal("new-data-arrived", new NewDataArrivedSignal("bad-2")).WorkflowTask();
                b.Signal("new-data-arrived", new NewDataArrivedSignal("bad-3")).WorkflowTask();
                b.ContinuedAsNew("PantrySensorWorkflow", new PantrySensorInput(template, 5, [], [], Rejected: 3, MaxSignalsPerExecution: 3));
                return b.Build(WorkflowIds.Sensor);
            },
            ["v2-sensor-child-failed-then-rerun"] = () =>
            {
                var day1 = new DateOnly(2026, 3, 1);
                var b = PantrySensorReplayTests.NewSensor(5);
                var first = PantrySensorReplayTests.RunChild(b, day1);
                b.ChildFailed(first, "Validation failed", FailureTypes.ValidationFailed).Signal("new-data-arrived", new NewDataArrivedSignal("2026-03-01")).WorkflowTask();
                var again = PantrySensorReplayTests.StartDay(b, day1);
                b.ChildStarted(again).WorkflowTask();
                return b.Build(WorkflowIds.Sensor);
            },
            ["v2-scheduled-tokyo-dated-by-activity"] = () =>
            {
                var day2 = new DateOnly(2026, 3, 2);
                var scheduled = new DateTimeOffset(2026, 3, 1, 21, 0, 0, TimeSpan.Zero);
                var attributes = new SearchAttributeCollection.Builder().Set(ScheduledPipelineWorkflow.ScheduledStartTime, scheduled).ToSearchAttributeCollection();
                var b = new HistoryBuilder("ScheduledPipelineWorkflow", new ScheduledPipelineInput(template, "Asia/Tokyo"), attributes).WorkflowTask().Patched("scheduled-pipeline.release-2");
                var dating = b.ScheduleActivity("pantry.scheduled-day", new ScheduledDayInput(scheduled, "Asia/Tokyo"), $"date the run scheduled at {scheduled:u} in Asia/Tokyo");
                b.CompleteActivity(dating, new ScheduledDayOutput(day2)).WorkflowTask();
                var child = b.StartChild("DataPipelineWorkflow", WorkflowIds.Pipeline(day2), template.For(day2), runTimeout: PantrySensorReplayTests.ChildRunTimeout);
                b.ChildStarted(child).WorkflowTask();
                b.ChildCompleted(child, PantrySensorReplayTests.Output(day2)).WorkflowTask();
                return b.WorkflowCompleted(null).Build(ScheduledId);
            },
        };
    }

    /// <summary>The paths frozen for version 1 of the workflows (file name → history).</summary>
    private static Dictionary<string, Func<WorkflowHistory>> Paths()
    {
        const string Id = "pantry-pipeline-2026-03-01";
        var template = PipelineHistory.DefaultInput();
        var day1 = new DateOnly(2026, 3, 1);
        return new()
        {
            ["v1-pipeline-happy"] = () => PipelineHistory.HappyPath(release: 1).Builder.Build(Id),
            ["v1-pipeline-stop-validation-failed"] = () => PipelineHistory.ReleaseOne(PipelineHistory.DefaultInput(ValidationPolicy.Stop))
                .Ingest().Validate(false, ValidationPolicy.Stop).RunReport()
                .Failed(RunOutcomes.ValidationFailed, "Validation failed under the stop policy", FailureTypes.ValidationFailed).Builder.Build(Id),
            ["v1-pipeline-detect-fails-reports-cancelled"] = () =>
            {
                var h = PipelineHistory.ReleaseOne(PipelineHistory.DefaultInput()).Ingest().Validate(true, ValidationPolicy.Quarantine).Transform();
                var (detect, build) = h.ScheduleDetectAndReport();
                h.Builder.StartActivity(build);
                h.Builder.FailActivity(detect, "processed table missing", FailureTypes.BadInput, nonRetryable: true).WorkflowTask();
                h.Builder.RequestCancelActivity(build);
                h.Builder.ActivityCanceled(build).WorkflowTask();
                return h.Failed(RunOutcomes.Failed, "Activity task failed", FailureTypes.BadInput).Builder.Build(Id);
            },
            ["v1-pipeline-snapshot-timeout"] = () =>
            {
                var h = PipelineHistory.ReleaseOne(PipelineHistory.DefaultInput()).Ingest().Validate(true, ValidationPolicy.Quarantine).Transform().DetectAndReport();
                var snapshot = h.Builder.ScheduleActivity("pantry.snapshot", h.SnapshotInput(), "snapshot raw, processed and alerts");
                h.Builder.TimeOutActivity(snapshot, TimeoutType.ScheduleToClose).WorkflowTask();
                return h.Failed(RunOutcomes.Failed, "Activity task timed out", "Timeout").Builder.Build(Id);
            },
            ["v1-sensor-child-failed-then-rerun"] = () =>
            {
                var b = PantrySensorReplayTests.NewSensor(5, release: 1);
                var first = PantrySensorReplayTests.RunChild(b, day1, release: 1);
                b.ChildFailed(first, "Validation failed", FailureTypes.ValidationFailed).Signal("new-data-arrived", new NewDataArrivedSignal("2026-03-01")).WorkflowTask();
                var again = b.StartChild("DataPipelineWorkflow", WorkflowIds.Pipeline(day1), template.For(day1));
                b.ChildStarted(again).WorkflowTask();
                return b.Build(WorkflowIds.Sensor);
            },
            ["v1-sensor-malformed-and-dateless-signals"] = () =>
            {
                var b = PantrySensorReplayTests.NewSensor(5, release: 1);
                b.Signal("new-data-arrived", new NewDataArrivedSignal("2026-3-1")).Signal("new-data-arrived", new NewDataArrivedSignal()).WorkflowTask();
                var child = b.StartChild("DataPipelineWorkflow", WorkflowIds.Pipeline(day1), template.For(day1));
                b.ChildStarted(child).WorkflowTask();
                return b.Build(WorkflowIds.Sensor);
            },
            ["v1-scheduled-tokyo"] = () =>
            {
                var day2 = new DateOnly(2026, 3, 2);
                var attributes = new SearchAttributeCollection.Builder()
                    .Set(ScheduledPipelineWorkflow.ScheduledStartTime, new DateTimeOffset(2026, 3, 1, 21, 0, 0, TimeSpan.Zero)).ToSearchAttributeCollection();
                var b = new HistoryBuilder("ScheduledPipelineWorkflow", new ScheduledPipelineInput(template, "Asia/Tokyo"), attributes).WorkflowTask();
                var child = b.StartChild("DataPipelineWorkflow", WorkflowIds.Pipeline(day2), template.For(day2));
                b.ChildStarted(child).WorkflowTask();
                b.ChildCompleted(child, PantrySensorReplayTests.Output(day2)).WorkflowTask();
                return b.WorkflowCompleted(null).Build(ScheduledId);
            },
        };
    }
}
