using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Workflows.DataPipeline;
using PantryPilot.Workflows.Tests.Support;
using Temporalio.Common;

namespace PantryPilot.Workflows.Tests.Replay;

/// <summary>The schedule's path (a run without a date of its own): release 2 has an activity date the day (the
/// scheduled start time in the schedule's time zone: zone rules are files a worker reads, never workflow code) and
/// runs it as the child pantry-pipeline-&lt;as-of&gt;, the id every path uses, with a run timeout of its own.</summary>
public class ScheduledPipelineReplayTests
{
    private static readonly PipelineRun Template = PipelineHistory.DefaultInput();

    [Fact]
    public async Task Replay_ScheduledRun_StartsTheChildOfTheDayTheActivityDated()
    {
        // 06:00 in Tokyo is 21:00 UTC the evening before: the activity says 2026-03-02, UTC would say 2026-03-01.
        var asOf = new DateOnly(2026, 3, 2);
        var b = Scheduled("Asia/Tokyo", new DateTimeOffset(2026, 3, 1, 21, 0, 0, TimeSpan.Zero), asOf);
        var child = b.StartChild("DataPipelineWorkflow", WorkflowIds.Pipeline(asOf), Template.For(asOf), runTimeout: PantrySensorReplayTests.ChildRunTimeout);
        b.ChildStarted(child).WorkflowTask();
        b.ChildCompleted(child, PantrySensorReplayTests.Output(asOf)).WorkflowTask();
        b.WorkflowCompleted(null);

        var observed = await ReplayObserver.ReplayAsync<ScheduledPipelineWorkflow>(b.Build("pantry-pipeline-daily-2026-03-01T21:00:00Z"));

        Assert.Equal(["pantry.scheduled-day"], observed.Scheduled);
        Assert.Equal([WorkflowIds.Pipeline(asOf)], observed.StartedChildren);
        var output = Assert.IsType<ScheduledPipelineOutput>(observed.Outcome!.Result);
        Assert.Equal(asOf, output.AsOf);
        Assert.Equal("snap", output.Summary!.SnapshotId);
    }

    [Fact]
    public async Task Replay_ZoneThisMachineDoesNotKnow_ReplaysFromTheRecordedDay()
    {
        // Release 1 looked the zone up in workflow code: a replay on a machine without that zone (or with other rules
        // for it) failed or dated another day. Now the day is in history and the zone is never read on replay.
        var asOf = new DateOnly(2026, 3, 2);
        var b = Scheduled("Mars/Olympus_Mons", new DateTimeOffset(2026, 3, 1, 21, 0, 0, TimeSpan.Zero), asOf);
        var child = b.StartChild("DataPipelineWorkflow", WorkflowIds.Pipeline(asOf), Template.For(asOf), runTimeout: PantrySensorReplayTests.ChildRunTimeout);
        b.ChildStarted(child).WorkflowTask();

        var observed = await ReplayObserver.ReplayAsync<ScheduledPipelineWorkflow>(b.Build("pantry-pipeline-daily-x"));

        Assert.Equal([WorkflowIds.Pipeline(asOf)], observed.StartedChildren);
        Assert.Null(observed.Outcome?.Error);
    }

    [Fact]
    public async Task Replay_ChildOfAnotherDayThanTheActivityDated_ThrowsNondeterminism()
    {
        var b = Scheduled("Asia/Tokyo", new DateTimeOffset(2026, 3, 1, 21, 0, 0, TimeSpan.Zero), new DateOnly(2026, 3, 2));
        b.StartChild("DataPipelineWorkflow", WorkflowIds.Pipeline(new DateOnly(2026, 3, 1)), Template.For(new DateOnly(2026, 3, 1)), runTimeout: PantrySensorReplayTests.ChildRunTimeout);

        await Assert.ThrowsAsync<Temporalio.Exceptions.WorkflowNondeterminismException>(() => ReplayObserver.ReplayAsync<ScheduledPipelineWorkflow>(b.Build("pantry-pipeline-daily-x")));
    }

    [Fact]
    public async Task Replay_DayOwnedByAnotherRun_CompletesWithoutRunningItTwice()
    {
        var asOf = new DateOnly(2026, 3, 2);
        var b = Scheduled("UTC", new DateTimeOffset(2026, 3, 2, 6, 0, 0, TimeSpan.Zero), asOf);
        var child = b.StartChild("DataPipelineWorkflow", WorkflowIds.Pipeline(asOf), Template.For(asOf), runTimeout: PantrySensorReplayTests.ChildRunTimeout);
        b.ChildStartFailedAlreadyExists(child).WorkflowTask();
        b.WorkflowCompleted(null);

        var observed = await ReplayObserver.ReplayAsync<ScheduledPipelineWorkflow>(b.Build("pantry-pipeline-daily-y"));

        var output = Assert.IsType<ScheduledPipelineOutput>(observed.Outcome!.Result);
        Assert.Null(output.Summary);
        Assert.Equal(WorkflowIds.Pipeline(asOf), output.RunId);
    }

    /// <summary>A scheduled run of release 2 up to the dated day: the patch marker, then the dating activity in the first
    /// workflow task, completed with <paramref name="day"/>.</summary>
    private static HistoryBuilder Scheduled(string zone, DateTimeOffset scheduled, DateOnly day)
    {
        var attributes = new SearchAttributeCollection.Builder().Set(ScheduledPipelineWorkflow.ScheduledStartTime, scheduled).ToSearchAttributeCollection();
        var b = new HistoryBuilder("ScheduledPipelineWorkflow", new ScheduledPipelineInput(Template, zone), attributes).WorkflowTask().Patched("scheduled-pipeline.release-2");
        var dating = b.ScheduleActivity("pantry.scheduled-day", new ScheduledDayInput(scheduled, zone), $"date the run scheduled at {scheduled:u} in {zone}");
        return b.CompleteActivity(dating, new ScheduledDayOutput(day)).WorkflowTask();
    }
}
