namespace PantryPilot.Contracts.DataPipeline;

/// <summary>Pinned workflow type, signal and query names: what the server, schedules and other services call.</summary>
public static class WorkflowNames
{
    public const string DataPipeline = "DataPipelineWorkflow";
    public const string Sensor = "PantrySensorWorkflow";
    public const string Scheduled = "ScheduledPipelineWorkflow";

    public const string ProgressQuery = "progress";
    public const string SensorStatusQuery = "status";
    public const string NewDataArrivedSignal = "new-data-arrived";
}

/// <summary>Workflow ids used by the CLI, the schedule and the sensor.</summary>
public static class WorkflowIds
{
    public const string Sensor = "pantry-sensor";

    public const string Schedule = "pantry-pipeline-daily";

    /// <summary>The one owner of a day: every path that runs the pipeline for <paramref name="asOf"/> uses this
    /// id.</summary>
    public static string Pipeline(DateOnly asOf) => $"pantry-pipeline-{PipelineDates.ToText(asOf)}";
}

/// <summary>Signal of the sensor workflow: new data landed for a day.</summary>
/// <param name="AsOf">yyyy-MM-dd the data is for; null means the day the signal arrived (sensor's clock). Kept as
/// text so a malformed date reaches the sensor's handler, which drops and counts it instead of failing a task.</param>
/// <param name="Note">Free text for the operator (e.g. who loaded the data).</param>
/// <param name="Force">Run the day again even if a run of it already succeeded.</param>
public sealed record NewDataArrivedSignal(string? AsOf = null, string? Note = null, bool Force = false);

/// <summary>A day the sensor has been asked to run, dated when the signal arrived.</summary>
public sealed record SensorRequest(DateOnly AsOf, bool Force = false);

/// <summary>Input of the sensor workflow; also its continue-as-new state.</summary>
/// <param name="Template">The run each triggered day uses; its RunId and AsOf are replaced per day (<see
/// cref="PipelineRun.For"/>).</param>
/// <param name="MaxRunsPerExecution">Continue-as-new after this many child runs, so history stays bounded.</param>
/// <param name="Succeeded">Days whose run succeeded (dedupe), carried across continue-as-new; only the latest are kept.
/// A day whose run failed is not here: a later signal for it runs it again.</param>
/// <param name="Pending">Requests received but not yet handled when the previous execution continued as new.</param>
/// <param name="Rejected">Malformed signals dropped so far (carried so the count survives continue-as-new).</param>
/// <param name="MaxSignalsPerExecution">Release 2: continue-as-new after this many signals of any kind (duplicates and
/// malformed ones too, which never start a run), so a stream of them cannot grow the history without bound.</param>
public sealed record PantrySensorInput(
    PipelineRun Template,
    int MaxRunsPerExecution = 50,
    IReadOnlyList<DateOnly>? Succeeded = null,
    IReadOnlyList<SensorRequest>? Pending = null,
    int Rejected = 0,
    int MaxSignalsPerExecution = 500);

/// <summary>What the sensor has done, as its query shows it.</summary>
/// <param name="Rejected">Signals dropped because their date was malformed.</param>
public sealed record PantrySensorStatus(int RunsThisExecution, IReadOnlyList<DateOnly> Succeeded, int Pending, string? LastRunId, string? LastOutcome, int Rejected);

/// <summary>Input of the scheduled workflow the daily Temporal Schedule starts.</summary>
/// <param name="Template">The run of each day; its RunId and AsOf are replaced by the scheduled day's.</param>
/// <param name="TimeZone">IANA zone of the schedule: the as-of is the scheduled start time's date in this zone.</param>
public sealed record ScheduledPipelineInput(PipelineRun Template, string TimeZone);

/// <summary>Input of the activity that dates a scheduled run (release 2): time-zone rules are read by a worker, not by
/// workflow code, where an update of the zone files would change the day a replay computes.</summary>
/// <param name="TimeZone">IANA zone id.</param>
public sealed record ScheduledDayInput(DateTimeOffset ScheduledAt, string TimeZone);

public sealed record ScheduledDayOutput(DateOnly AsOf);

/// <summary>What the scheduled workflow did for its day.</summary>
/// <param name="RunId">The day's pipeline workflow id (pantry-pipeline-&lt;as-of&gt;), started or found
/// running.</param>
/// <param name="Summary">The day's run summary, when this scheduled run started it and it completed.</param>
public sealed record ScheduledPipelineOutput(string RunId, DateOnly AsOf, string Outcome, PipelineSummary? Summary);
