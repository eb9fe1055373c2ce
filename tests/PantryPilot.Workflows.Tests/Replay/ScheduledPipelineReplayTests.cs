using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Workflows.DataPipeline;
using PantryPilot.Workflows.Tests.Support;
using Temporalio.Common;
using Temporalio.Exceptions;

namespace PantryPilot.Workflows.Tests.Replay;

/// <summary>The schedule's path (a run without a date of its own): the day comes from the scheduled start time in
/// the schedule's time zone, and the day's run is the child pantry-pipeline-&lt;as-of&gt;, the id every path uses.</summary>
public class ScheduledPipelineReplayTests
{
    private static readonly PipelineRun Template = PipelineHistory.DefaultInput();

    [Theory]
    [InlineData("Asia/Tokyo", "2026-03-01T21:00:00Z", "2026-03-02")] // 06:00 in Tokyo is the previous evening in UTC
    [InlineData("Europe/Berlin", "2026-03-02T05:00:00Z", "2026-03-02")]
    [InlineData("America/Los_Angeles", "2026-03-02T14:00:00Z", "2026-03-02")]
    [InlineData("UTC", "2026-03-02T06:00:00Z", "2026-03-02")]
    public async Task Replay_ScheduledRun_DatesTheDayInTheScheduleTimeZoneAndStartsThatDaysChild(string zone, string scheduledUtc, string day)
    {
        var asOf = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var b = Scheduled(zone, DateTimeOffset.Parse(scheduledUtc, System.Globalization.CultureInfo.InvariantCulture));
        var child = b.StartChild("DataPipelineWorkflow", WorkflowIds.Pipeline(asOf), Template.For(asOf));
        b.ChildStarted(child).WorkflowTask();
        b.ChildCompleted(child, PantrySensorReplayTests.Output(asOf)).WorkflowTask();
        b.WorkflowCompleted(null);

        var observed = await ReplayObserver.ReplayAsync<ScheduledPipelineWorkflow>(b.Build("pantry-pipeline-daily-2026-03-01T21:00:00Z"));

        Assert.Equal([WorkflowIds.Pipeline(asOf)], observed.StartedChildren);
        var output = Assert.IsType<ScheduledPipelineOutput>(observed.Outcome!.Result);
        Assert.Equal(asOf, output.AsOf);
        Assert.Equal("snap", output.Summary!.SnapshotId);
    }

    [Fact]
    public async Task Replay_ScheduledRunDatedInUtcInsteadOfTheZone_ThrowsNondeterminism()
    {
        // The old behaviour (UTC "now"): 21:00 UTC is still 2026-03-01, the Tokyo day is 2026-03-02.
        var b = Scheduled("Asia/Tokyo", DateTimeOffset.Parse("2026-03-01T21:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        b.StartChild("DataPipelineWorkflow", WorkflowIds.Pipeline(new DateOnly(2026, 3, 1)), Template.For(new DateOnly(2026, 3, 1)));

        await Assert.ThrowsAsync<WorkflowNondeterminismException>(() => ReplayObserver.ReplayAsync<ScheduledPipelineWorkflow>(b.Build("pantry-pipeline-daily-x")));
    }

    [Fact]
    public async Task Replay_DayOwnedByAnotherRun_CompletesWithoutRunningItTwice()
    {
        var asOf = new DateOnly(2026, 3, 2);
        var b = Scheduled("UTC", new DateTimeOffset(2026, 3, 2, 6, 0, 0, TimeSpan.Zero));
        var child = b.StartChild("DataPipelineWorkflow", WorkflowIds.Pipeline(asOf), Template.For(asOf));
        b.ChildStartFailedAlreadyExists(child).WorkflowTask();
        b.WorkflowCompleted(null);

        var observed = await ReplayObserver.ReplayAsync<ScheduledPipelineWorkflow>(b.Build("pantry-pipeline-daily-y"));

        var output = Assert.IsType<ScheduledPipelineOutput>(observed.Outcome!.Result);
        Assert.Null(output.Summary);
        Assert.Equal(WorkflowIds.Pipeline(asOf), output.RunId);
    }

    private static HistoryBuilder Scheduled(string zone, DateTimeOffset scheduled)
    {
        var attributes = new SearchAttributeCollection.Builder().Set(ScheduledPipelineWorkflow.ScheduledStartTime, scheduled).ToSearchAttributeCollection();
        return new HistoryBuilder("ScheduledPipelineWorkflow", new ScheduledPipelineInput(Template, zone), attributes).WorkflowTask();
    }
}
