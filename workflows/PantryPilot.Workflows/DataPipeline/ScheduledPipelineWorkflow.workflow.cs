using System.Globalization;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Workflows.Versioning;
using Temporalio.Api.Enums.V1;
using Temporalio.Common;
using Temporalio.Exceptions;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.DataPipeline;

/// <summary>What the daily Temporal Schedule starts. It dates its day from the scheduled start time in the schedule's
/// time zone (not from UTC "now", so a catch-up after midnight still runs the missed day) and runs the day's pipeline
/// as the child <c>pantry-pipeline-&lt;as-of&gt;</c>: the same id the sensor and <c>pipeline start</c> use, so one day
/// has one owner. A day that already succeeded is not run again; one running elsewhere is left to that run.</summary>
[Workflow(WorkflowNames.Scheduled)]
public class ScheduledPipelineWorkflow
{
    /// <summary>Set by the server on every workflow a schedule starts.</summary>
    public static readonly SearchAttributeKey<DateTimeOffset> ScheduledStartTime =
        SearchAttributeKey.CreateDateTimeOffset("TemporalScheduledStartTime");

    [WorkflowRun]
    public async Task<ScheduledPipelineOutput> RunAsync(ScheduledPipelineInput input)
    {
        // First command of the run: which release it keeps to the end (docs/temporal.md "Changing a workflow safely").
        var release = Workflow.Patched(WorkflowPatches.ScheduledRelease2) ? 2 : 1;

        // Triggered by hand (schedule trigger) or started without a schedule: the run's own start time.
        var scheduled = Workflow.TypedSearchAttributes.TryGetValue(ScheduledStartTime, out var at)
            ? at
            : new DateTimeOffset(DateTime.SpecifyKind(Workflow.Info.StartTime, DateTimeKind.Utc));
        var asOf = release >= 2 ? await DateAsync(scheduled, input.TimeZone) : ScheduledDay(scheduled, input.TimeZone);
        var run = input.Template.For(asOf);
        try
        {
            var summary = await Workflow.ExecuteChildWorkflowAsync(
                (DataPipelineWorkflow wf) => wf.RunAsync(run),
                new()
                {
                    Id = run.RunId,
                    IdReusePolicy = WorkflowIdReusePolicy.AllowDuplicateFailedOnly,
                    ParentClosePolicy = Temporalio.Workflows.ParentClosePolicy.Abandon,
                    RunTimeout = release >= 2 ? DataPipelineStages.RunTimeout : null,
                    StaticSummary = $"pipeline run for {PipelineDates.ToText(asOf)} (schedule)",
                });
            return new(run.RunId, asOf, $"completed, snapshot {summary.SnapshotId}", summary);
        }
        catch (WorkflowAlreadyStartedException)
        {
            // Running now (sensor, operator) or already succeeded today: that run owns the day.
            return new(run.RunId, asOf, "owned by an existing run of the day", null);
        }
    }

    /// <summary>Release 2: the day, dated by an activity (time-zone rules are files on a worker; workflow code that
    /// read them would date another day on a replay after a zone update, or fail where the zone is unknown).</summary>
    private static async Task<DateOnly> DateAsync(DateTimeOffset scheduled, string timeZone)
    {
        var summary = string.Create(
            CultureInfo.InvariantCulture, $"date the run scheduled at {scheduled:u} in {timeZone}");
        var input = new ScheduledDayInput(scheduled, timeZone);
        var dated = await new TemporalStageRunner().RunAsync(
            DataPipelineStages.ScheduleDay, (IDataPipelineActivities a) => a.ScheduledDayAsync(input), summary);
        return dated.AsOf;
    }

    /// <summary>Release 1's dating, in workflow code: kept only so runs of that release replay.</summary>
    public static DateOnly ScheduledDay(DateTimeOffset scheduled, string timeZone)
        => DateOnly.FromDateTime(
            TimeZoneInfo.ConvertTime(scheduled, TimeZoneInfo.FindSystemTimeZoneById(timeZone)).DateTime);
}
