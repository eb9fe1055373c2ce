using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Workflows.DataPipeline;
using PantryPilot.Workflows.Tests.Support;
using Temporalio.Api.Enums.V1;
using Temporalio.Exceptions;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Tests.Replay;

/// <summary>The sensor: a signal per day starts one child run pantry-pipeline-&lt;as-of&gt;; a day is done only when
/// its run succeeded; malformed signals are dropped and counted; after N runs it continues as new with its state.</summary>
public class PantrySensorReplayTests
{
    private const string Sensor = WorkflowIds.Sensor;
    private const string Pipeline = "DataPipelineWorkflow";
    private const string Signal = "new-data-arrived";

    private static readonly PipelineRun Template = PipelineHistory.DefaultInput();

    [Fact]
    public async Task Replay_SignalsForNewAndDoneDays_StartsOneChildPerNewDay()
    {
        var b = NewSensor(5);
        var first = RunChild(b, Day(1));
        b.ChildCompleted(first, Output(Day(1)))
            .Signal(Signal, new NewDataArrivedSignal("2026-03-01"))
            .Signal(Signal, new NewDataArrivedSignal("2026-03-02"))
            .WorkflowTask();
        StartDay(b, Day(2));

        var observed = await ReplayAsync(b);

        Assert.Equal(["pantry-pipeline-2026-03-01", "pantry-pipeline-2026-03-02"], observed.StartedChildren);
        Assert.Null(observed.Outcome); // still listening
    }

    [Fact]
    public async Task Replay_DuplicateSignalStartsSecondRun_ThrowsNondeterminism()
    {
        // A sensor without dedupe would run 2026-03-01 twice; the SDK's child-id check (core flag 1) catches it.
        var b = NewSensor(5);
        var first = RunChild(b, Day(1));
        b.ChildCompleted(first, Output(Day(1)))
            .Signal(Signal, new NewDataArrivedSignal("2026-03-01"))
            .Signal(Signal, new NewDataArrivedSignal("2026-03-02"))
            .WorkflowTask();
        StartDay(b, Day(1));

        await Assert.ThrowsAsync<WorkflowNondeterminismException>(() => ReplayAsync(b));
    }

    [Fact]
    public async Task Replay_ChildFailed_KeepsListeningAndRunsTheSameDayAgainOnItsNextSignal()
    {
        var b = NewSensor(5);
        var first = RunChild(b, Day(1));
        b.ChildFailed(first, "Validation failed under the stop policy", FailureTypes.ValidationFailed)
            .Signal(Signal, new NewDataArrivedSignal("2026-03-01"))
            .WorkflowTask();
        var again = StartDay(b, Day(1));
        b.ChildStarted(again).WorkflowTask();

        var observed = await ReplayAsync(b);

        Assert.Equal(["pantry-pipeline-2026-03-01", "pantry-pipeline-2026-03-01"], observed.StartedChildren);
        Assert.Null(observed.Outcome);
    }

    [Fact]
    public async Task Replay_ForcedSignalForDoneDay_RunsItAgainAllowingDuplicate()
    {
        var b = NewSensor(5);
        var first = RunChild(b, Day(1));
        b.ChildCompleted(first, Output(Day(1))).Signal(Signal, new NewDataArrivedSignal("2026-03-01", Force: true)).WorkflowTask();
        StartDay(b, Day(1), WorkflowIdReusePolicy.AllowDuplicate);

        var observed = await ReplayAsync(b);

        Assert.Equal(2, observed.StartedChildren.Count);
    }

    [Fact]
    public async Task Replay_MalformedAndDatelessSignals_DropsTheBadOneAndDatesTheOtherOnArrival()
    {
        // "2026-3-1" would once have failed the workflow task forever; now it is dropped. The dateless signal is
        // dated by the workflow task that received it (the builder's clock: 2026-03-01).
        var b = NewSensor(5);
        b.Signal(Signal, new NewDataArrivedSignal("2026-3-1")).Signal(Signal, new NewDataArrivedSignal()).WorkflowTask();
        var child = StartDay(b, Day(1));
        b.ChildStarted(child).WorkflowTask();

        var observed = await ReplayAsync(b);

        Assert.Equal(["pantry-pipeline-2026-03-01"], observed.StartedChildren);
        Assert.Null(observed.Outcome);
    }

    [Fact]
    public async Task Replay_MalformedSignalTreatedAsADay_ThrowsNondeterminism()
    {
        // Proves the test above can fail: a sensor that ran something for the bad signal would start a child here.
        var b = NewSensor(5);
        b.Signal(Signal, new NewDataArrivedSignal("2026-3-1")).WorkflowTask();
        StartDay(b, Day(1));

        await Assert.ThrowsAsync<WorkflowNondeterminismException>(() => ReplayAsync(b));
    }

    [Fact]
    public async Task Replay_MaxRunsReached_ContinuesAsNewCarryingDoneDaysQueuedSignalsAndRejections()
    {
        var b = NewSensor(1);
        b.Signal(Signal, new NewDataArrivedSignal("bad")).WorkflowTask();
        var first = RunChild(b, Day(1));
        b.Signal(Signal, new NewDataArrivedSignal("2026-03-02")).Signal(Signal, new NewDataArrivedSignal("2026-03-03", Force: true));
        b.ChildCompleted(first, Output(Day(1))).WorkflowTask();
        var next = new PantrySensorInput(Template, 1, [Day(1)], [new(Day(2)), new(Day(3), Force: true)], Rejected: 1);
        b.ContinuedAsNew("PantrySensorWorkflow", next);

        var observed = await ReplayAsync(b);

        Assert.IsType<ContinueAsNewException>(observed.Outcome?.Error);
        var input = Assert.IsType<PantrySensorInput>(Assert.Single(observed.ContinuedAsNewWith!));
        Assert.Equal([Day(1)], input.Succeeded);
        Assert.Equal([new SensorRequest(Day(2)), new SensorRequest(Day(3), true)], input.Pending);
        Assert.Equal(1, input.Rejected);
    }

    [Fact]
    public async Task Replay_ContinuedAsNewWithQueuedDays_RunsThemFirstAndTrimsDoneDays()
    {
        // The next execution: 70 days already done (more than it remembers), two queued requests restored.
        var done = Enumerable.Range(0, 70).Select(i => new DateOnly(2025, 12, 1).AddDays(i)).ToArray();
        var b = new HistoryBuilder("PantrySensorWorkflow", new PantrySensorInput(Template, 1, done, [new(Day(2)), new(Day(3))])).WorkflowTask().Patched("pantry-sensor.release-2");
        var child = StartDay(b, Day(2));
        b.ChildStarted(child).WorkflowTask();
        b.ChildCompleted(child, Output(Day(2))).WorkflowTask();
        var trimmed = done.Append(Day(2)).TakeLast(PantrySensorWorkflow.RememberedDays).ToArray();
        b.ContinuedAsNew("PantrySensorWorkflow", new PantrySensorInput(Template, 1, trimmed, [new(Day(3))]));

        var observed = await ReplayAsync(b);

        Assert.Equal(["pantry-pipeline-2026-03-02"], observed.StartedChildren);
        var input = Assert.IsType<PantrySensorInput>(Assert.Single(observed.ContinuedAsNewWith!));
        Assert.Equal(PantrySensorWorkflow.RememberedDays, input.Succeeded!.Count);
        Assert.Equal(Day(2), input.Succeeded[^1]);
        Assert.Equal([new SensorRequest(Day(3))], input.Pending);
    }

    [Fact]
    public async Task Replay_MaxRunsReachedButHistoryKeepsRunning_ThrowsNondeterminism()
    {
        var b = NewSensor(1);
        var first = RunChild(b, Day(1));
        b.ChildCompleted(first, Output(Day(1))).Signal(Signal, new NewDataArrivedSignal("2026-03-02")).WorkflowTask();
        StartDay(b, Day(2));

        await Assert.ThrowsAsync<WorkflowNondeterminismException>(() => ReplayAsync(b));
    }

    [Fact]
    public async Task Replay_DayAlreadyRunningElsewhere_KeepsListeningAndRunsNextDay()
    {
        var b = NewSensor(5);
        b.Signal(Signal, new NewDataArrivedSignal("2026-03-01")).WorkflowTask();
        var first = StartDay(b, Day(1));
        b.ChildStartFailedAlreadyExists(first)
            .Signal(Signal, new NewDataArrivedSignal("2026-03-02"))
            .WorkflowTask();
        StartDay(b, Day(2));

        var observed = await ReplayAsync(b);

        Assert.Equal(["pantry-pipeline-2026-03-01", "pantry-pipeline-2026-03-02"], observed.StartedChildren);
        Assert.Null(observed.Outcome);
    }

    [Fact]
    public async Task Replay_OnlyMalformedSignals_ContinuesAsNewOnceTheSignalBudgetIsSpent()
    {
        // Release 1 checked for continue-as-new only after a child run: a stream of bad signals grew its history
        // without bound. Three signals, a budget of three: the third ends this execution.
        var b = NewSensor(5, maxSignals: 3);
        b.Signal(Signal, new NewDataArrivedSignal("bad-1")).Signal(Signal, new NewDataArrivedSignal("bad-2")).WorkflowTask();
        b.Signal(Signal, new NewDataArrivedSignal("bad-3")).WorkflowTask();
        b.ContinuedAsNew("PantrySensorWorkflow", new PantrySensorInput(Template, 5, [], [], Rejected: 3, MaxSignalsPerExecution: 3));

        var observed = await ReplayAsync(b);

        var input = Assert.IsType<PantrySensorInput>(Assert.Single(observed.ContinuedAsNewWith!));
        Assert.Equal(3, input.Rejected);
        Assert.Empty(observed.StartedChildren);
    }

    [Fact]
    public async Task Replay_OnlyDuplicateSignals_ContinuesAsNewOnceTheSignalBudgetIsSpent()
    {
        // Day 1 already succeeded: its signals are duplicates, which never start a run (nor, in release 1, ended an
        // execution). The queued duplicate left when the budget is spent travels on.
        var b = new HistoryBuilder("PantrySensorWorkflow", new PantrySensorInput(Template, 5, [Day(1)], MaxSignalsPerExecution: 2)).WorkflowTask().Patched("pantry-sensor.release-2");
        b.Signal(Signal, new NewDataArrivedSignal("2026-03-01")).WorkflowTask();
        b.Signal(Signal, new NewDataArrivedSignal("2026-03-01")).WorkflowTask();
        b.ContinuedAsNew("PantrySensorWorkflow", new PantrySensorInput(Template, 5, [Day(1)], [], MaxSignalsPerExecution: 2));

        var observed = await ReplayAsync(b);

        Assert.IsType<PantrySensorInput>(Assert.Single(observed.ContinuedAsNewWith!));
        Assert.Empty(observed.StartedChildren);
    }

    [Fact]
    public async Task Replay_DaysRun_HaveARunTimeoutOfTheirOwn()
    {
        // Abandoned children (the sensor or schedule terminated) used to run without limit and keep the folder.
        var b = NewSensor(5);
        RunChild(b, Day(1));

        var observed = await ReplayAsync(b);

        Assert.Equal(ChildRunTimeout, Assert.Single(observed.Children).Options.RunTimeout);
    }

    internal static Task<ReplayObserver> ReplayAsync(HistoryBuilder b) => ReplayObserver.ReplayAsync<PantrySensorWorkflow>(b.Build(Sensor));

    /// <summary>The run timeout release 2 gives each day's run: the pipeline's worst case, 17 hours
    /// (docs/temporal.md, timeout budget), so a run nobody waits for any more still ends and frees its folder.</summary>
    internal static readonly TimeSpan ChildRunTimeout = TimeSpan.FromHours(17);

    /// <param name="release">2 (today's) records the release's patch marker in the first workflow task.</param>
    internal static HistoryBuilder NewSensor(int maxRuns, int release = 2, int maxSignals = 500)
    {
        var b = new HistoryBuilder("PantrySensorWorkflow", new PantrySensorInput(Template, MaxRunsPerExecution: maxRuns, MaxSignalsPerExecution: maxSignals)).WorkflowTask();
        return release >= 2 ? b.Patched("pantry-sensor.release-2") : b;
    }

    /// <summary>The day's child as the sensor starts it (release 2: with its run timeout).</summary>
    internal static long StartDay(HistoryBuilder b, DateOnly day, WorkflowIdReusePolicy reuse = WorkflowIdReusePolicy.AllowDuplicateFailedOnly, int release = 2) =>
        b.StartChild(Pipeline, WorkflowIds.Pipeline(day), Template.For(day), reuse, release >= 2 ? ChildRunTimeout : null);

    /// <summary>Signal, the child start it causes, and the child's started event (the sensor then waits).</summary>
    internal static long RunChild(HistoryBuilder b, DateOnly asOf, int release = 2)
    {
        b.Signal(Signal, new NewDataArrivedSignal(PipelineDates.ToText(asOf))).WorkflowTask();
        var initiated = StartDay(b, asOf, release: release);
        b.ChildStarted(initiated).WorkflowTask();
        return initiated;
    }

    internal static PipelineSummary Output(DateOnly asOf) =>
        new(WorkflowIds.Pipeline(asOf), asOf, SourceKind.Synthetic, [], [], new AlertCounts(0, 0, 0, 0), "snap", new Dictionary<string, string>());

    internal static DateOnly Day(int day) => new(2026, 3, day);
}
