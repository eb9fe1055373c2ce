using PantryPilot.Activities.Anomalies;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Workflows.DataPipeline;
using PantryPilot.Workflows.Tests.Support;
using Temporalio.Common;
using Temporalio.Exceptions;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Tests.Replay;

/// <summary>The sensor: a signal per new day starts one child pipeline run; duplicates are ignored; after N runs it
/// continues as new.</summary>
public class PantrySensorReplayTests
{
    private const string Sensor = WorkflowIds.Sensor;
    private const string Pipeline = nameof(DataPipelineWorkflow);

    private static readonly DataPipelineInput Template = PipelineHistory.DefaultInput() with { AsOf = null };

    [Fact]
    public async Task Replay_SignalsForNewAndSeenDays_StartsOneChildPerNewDay()
    {
        var b = new HistoryBuilder(nameof(PantrySensorWorkflow), new PantrySensorInput(Template, MaxRunsPerExecution: 5)).WorkflowTask();
        var first = RunChild(b, "2026-03-01");
        b.ChildCompleted(first, Output("2026-03-01"))
            .Signal(nameof(PantrySensorWorkflow.NewDataArrived), new NewDataArrivedSignal("2026-03-01"))
            .Signal(nameof(PantrySensorWorkflow.NewDataArrived), new NewDataArrivedSignal("2026-03-02"))
            .WorkflowTask();
        b.StartChild(Pipeline, WorkflowIds.Pipeline("2026-03-02"), Template with { AsOf = "2026-03-02" });

        var probe = await ReplayProbe.ReplayAsync<PantrySensorWorkflow>(b.Build(Sensor));

        Assert.Equal(["pantry-pipeline-2026-03-01", "pantry-pipeline-2026-03-02"], probe.StartedChildren);
        Assert.Null(probe.Outcome); // still listening
    }

    [Fact]
    public async Task Replay_DuplicateSignalStartsSecondRun_ThrowsNondeterminism()
    {
        // A sensor without dedupe would run 2026-03-01 twice.
        var b = new HistoryBuilder(nameof(PantrySensorWorkflow), new PantrySensorInput(Template, MaxRunsPerExecution: 5)).WorkflowTask();
        var first = RunChild(b, "2026-03-01");
        b.ChildCompleted(first, Output("2026-03-01"))
            .Signal(nameof(PantrySensorWorkflow.NewDataArrived), new NewDataArrivedSignal("2026-03-01"))
            .Signal(nameof(PantrySensorWorkflow.NewDataArrived), new NewDataArrivedSignal("2026-03-02"))
            .WorkflowTask();
        b.StartChild(Pipeline, WorkflowIds.Pipeline("2026-03-01"), Template with { AsOf = "2026-03-01" });

        await Assert.ThrowsAsync<HistoryDriftException>(() => ReplayProbe.ReplayAsync<PantrySensorWorkflow>(b.Build(Sensor)));
    }

    [Fact]
    public async Task Replay_MaxRunsReached_ContinuesAsNewCarryingSeenDays()
    {
        var b = new HistoryBuilder(nameof(PantrySensorWorkflow), new PantrySensorInput(Template, MaxRunsPerExecution: 1)).WorkflowTask();
        var first = RunChild(b, "2026-03-01");
        b.ChildCompleted(first, Output("2026-03-01")).WorkflowTask();
        b.ContinuedAsNew(nameof(PantrySensorWorkflow), new PantrySensorInput(Template, 1, ["2026-03-01"], []));

        var probe = await ReplayProbe.ReplayAsync<PantrySensorWorkflow>(b.Build(Sensor));

        Assert.IsType<ContinueAsNewException>(probe.Outcome?.Error);
        var input = Assert.IsType<PantrySensorInput>(Assert.Single(probe.ContinuedAsNewWith!));
        Assert.Equal(["2026-03-01"], input.SeenAsOf);
    }

    [Fact]
    public async Task Replay_MaxRunsReachedButHistoryKeepsRunning_ThrowsNondeterminism()
    {
        var b = new HistoryBuilder(nameof(PantrySensorWorkflow), new PantrySensorInput(Template, MaxRunsPerExecution: 1)).WorkflowTask();
        var first = RunChild(b, "2026-03-01");
        b.ChildCompleted(first, Output("2026-03-01")).Signal(nameof(PantrySensorWorkflow.NewDataArrived), new NewDataArrivedSignal("2026-03-02")).WorkflowTask();
        b.StartChild(Pipeline, WorkflowIds.Pipeline("2026-03-02"), Template with { AsOf = "2026-03-02" });

        await Assert.ThrowsAsync<WorkflowNondeterminismException>(() => ReplayProbe.ReplayAsync<PantrySensorWorkflow>(b.Build(Sensor)));
    }

    [Fact]
    public async Task Replay_DayAlreadyRunningElsewhere_KeepsListeningAndRunsNextDay()
    {
        var b = new HistoryBuilder(nameof(PantrySensorWorkflow), new PantrySensorInput(Template, MaxRunsPerExecution: 5)).WorkflowTask();
        b.Signal(nameof(PantrySensorWorkflow.NewDataArrived), new NewDataArrivedSignal("2026-03-01")).WorkflowTask();
        var first = b.StartChild(Pipeline, WorkflowIds.Pipeline("2026-03-01"), Template with { AsOf = "2026-03-01" });
        b.ChildStartFailedAlreadyExists(first)
            .Signal(nameof(PantrySensorWorkflow.NewDataArrived), new NewDataArrivedSignal("2026-03-02"))
            .WorkflowTask();
        b.StartChild(Pipeline, WorkflowIds.Pipeline("2026-03-02"), Template with { AsOf = "2026-03-02" });

        var probe = await ReplayProbe.ReplayAsync<PantrySensorWorkflow>(b.Build(Sensor));

        Assert.Equal(["pantry-pipeline-2026-03-01", "pantry-pipeline-2026-03-02"], probe.StartedChildren);
        Assert.Null(probe.Outcome);
    }

    /// <summary>Signal, the child start it causes, and the child's started event (the sensor then waits).</summary>
    private static long RunChild(HistoryBuilder b, string asOf)
    {
        b.Signal(nameof(PantrySensorWorkflow.NewDataArrived), new NewDataArrivedSignal(asOf)).WorkflowTask();
        var initiated = b.StartChild(Pipeline, WorkflowIds.Pipeline(asOf), Template with { AsOf = asOf });
        b.ChildStarted(initiated).WorkflowTask();
        return initiated;
    }

    private static DataPipelineOutput Output(string asOf) =>
        new(new PipelineSummary(WorkflowIds.Pipeline(asOf), asOf, "synthetic", [], [], new AlertCounts(0, 0, 0, 0), "snap", new Dictionary<string, string>()));
}
