using PantryPilot.Contracts.DataPipeline;
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
    private const string Pipeline = "DataPipelineWorkflow";

    private static readonly PipelineRun Template = PipelineHistory.DefaultInput();

    [Fact]
    public async Task Replay_SignalsForNewAndSeenDays_StartsOneChildPerNewDay()
    {
        var b = new HistoryBuilder("PantrySensorWorkflow", new PantrySensorInput(Template, MaxRunsPerExecution: 5)).WorkflowTask();
        var first = RunChild(b, Day(1));
        b.ChildCompleted(first, Output(Day(1)))
            .Signal("new-data-arrived", new NewDataArrivedSignal("2026-03-01"))
            .Signal("new-data-arrived", new NewDataArrivedSignal("2026-03-02"))
            .WorkflowTask();
        b.StartChild(Pipeline, WorkflowIds.Pipeline(Day(2)), Template.For(Day(2)));

        var probe = await ReplayProbe.ReplayAsync<PantrySensorWorkflow>(b.Build(Sensor));

        Assert.Equal(["pantry-pipeline-2026-03-01", "pantry-pipeline-2026-03-02"], probe.StartedChildren);
        Assert.Null(probe.Outcome); // still listening
    }

    [Fact]
    public async Task Replay_DuplicateSignalStartsSecondRun_ThrowsNondeterminism()
    {
        // A sensor without dedupe would run 2026-03-01 twice.
        var b = new HistoryBuilder("PantrySensorWorkflow", new PantrySensorInput(Template, MaxRunsPerExecution: 5)).WorkflowTask();
        var first = RunChild(b, Day(1));
        b.ChildCompleted(first, Output(Day(1)))
            .Signal("new-data-arrived", new NewDataArrivedSignal("2026-03-01"))
            .Signal("new-data-arrived", new NewDataArrivedSignal("2026-03-02"))
            .WorkflowTask();
        b.StartChild(Pipeline, WorkflowIds.Pipeline(Day(1)), Template.For(Day(1)));

        await Assert.ThrowsAsync<HistoryDriftException>(() => ReplayProbe.ReplayAsync<PantrySensorWorkflow>(b.Build(Sensor)));
    }

    [Fact]
    public async Task Replay_MaxRunsReached_ContinuesAsNewCarryingSeenDays()
    {
        var b = new HistoryBuilder("PantrySensorWorkflow", new PantrySensorInput(Template, MaxRunsPerExecution: 1)).WorkflowTask();
        var first = RunChild(b, Day(1));
        b.ChildCompleted(first, Output(Day(1))).WorkflowTask();
        b.ContinuedAsNew("PantrySensorWorkflow", new PantrySensorInput(Template, 1, [Day(1)], []));

        var probe = await ReplayProbe.ReplayAsync<PantrySensorWorkflow>(b.Build(Sensor));

        Assert.IsType<ContinueAsNewException>(probe.Outcome?.Error);
        var input = Assert.IsType<PantrySensorInput>(Assert.Single(probe.ContinuedAsNewWith!));
        Assert.Equal([Day(1)], input.SeenAsOf);
    }

    [Fact]
    public async Task Replay_MaxRunsReachedButHistoryKeepsRunning_ThrowsNondeterminism()
    {
        var b = new HistoryBuilder("PantrySensorWorkflow", new PantrySensorInput(Template, MaxRunsPerExecution: 1)).WorkflowTask();
        var first = RunChild(b, Day(1));
        b.ChildCompleted(first, Output(Day(1))).Signal("new-data-arrived", new NewDataArrivedSignal("2026-03-02")).WorkflowTask();
        b.StartChild(Pipeline, WorkflowIds.Pipeline(Day(2)), Template.For(Day(2)));

        await Assert.ThrowsAsync<WorkflowNondeterminismException>(() => ReplayProbe.ReplayAsync<PantrySensorWorkflow>(b.Build(Sensor)));
    }

    [Fact]
    public async Task Replay_DayAlreadyRunningElsewhere_KeepsListeningAndRunsNextDay()
    {
        var b = new HistoryBuilder("PantrySensorWorkflow", new PantrySensorInput(Template, MaxRunsPerExecution: 5)).WorkflowTask();
        b.Signal("new-data-arrived", new NewDataArrivedSignal("2026-03-01")).WorkflowTask();
        var first = b.StartChild(Pipeline, WorkflowIds.Pipeline(Day(1)), Template.For(Day(1)));
        b.ChildStartFailedAlreadyExists(first)
            .Signal("new-data-arrived", new NewDataArrivedSignal("2026-03-02"))
            .WorkflowTask();
        b.StartChild(Pipeline, WorkflowIds.Pipeline(Day(2)), Template.For(Day(2)));

        var probe = await ReplayProbe.ReplayAsync<PantrySensorWorkflow>(b.Build(Sensor));

        Assert.Equal(["pantry-pipeline-2026-03-01", "pantry-pipeline-2026-03-02"], probe.StartedChildren);
        Assert.Null(probe.Outcome);
    }

    /// <summary>Signal, the child start it causes, and the child's started event (the sensor then waits).</summary>
    private static long RunChild(HistoryBuilder b, DateOnly asOf)
    {
        b.Signal("new-data-arrived", new NewDataArrivedSignal(PipelineDates.ToText(asOf))).WorkflowTask();
        var initiated = b.StartChild(Pipeline, WorkflowIds.Pipeline(asOf), Template.For(asOf));
        b.ChildStarted(initiated).WorkflowTask();
        return initiated;
    }

    private static PipelineSummary Output(DateOnly asOf) =>
        new(WorkflowIds.Pipeline(asOf), asOf, SourceKind.Synthetic, [], [], new AlertCounts(0, 0, 0, 0), "snap", new Dictionary<string, string>());

    private static DateOnly Day(int day) => new(2026, 3, day);
}
