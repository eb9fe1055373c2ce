using PantryPilot.Contracts.DataPipeline;

namespace PantryPilot.Workflows.DataPipeline;

/// <summary>How each stage's activities run (timeouts, retries): defined once, used by the Temporal workflow and the
/// in-process run. Sized for a daily job: a stage keeps retrying an infrastructure fault for hours, not seconds, and
/// the whole run still ends well before the next day's (the schedule's run timeout).</summary>
public static class DataPipelineStages
{
    /// <summary>Error types no retry can fix. Everything else (NpgsqlException, IOException, HttpRequestException,
    /// TimeoutException, the database's "unreachable" exception ...) is an infrastructure fault and is
    /// retried.</summary>
    public static readonly IReadOnlyList<string> BadData = [
        FailureTypes.BadInput, "ArgumentException", "FormatException", "InvalidDataException"];

    public static readonly StageSpec Ingest = new(
        StageNames.Ingest,
        TimeSpan.FromMinutes(60),
        TimeSpan.FromHours(4),
        TimeSpan.FromMinutes(1),
        BadData);

    public static readonly StageSpec Validate = new(
        StageNames.Validate,
        TimeSpan.FromMinutes(60),
        TimeSpan.FromHours(3),
        TimeSpan.FromMinutes(1),
        BadData);

    public static readonly StageSpec Transform = new(
        StageNames.Transform,
        TimeSpan.FromMinutes(60),
        TimeSpan.FromHours(3),
        TimeSpan.FromMinutes(1),
        BadData);

    public static readonly StageSpec DetectAnomalies = new(
        StageNames.DetectAnomalies,
        TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(2),
        TimeSpan.FromMinutes(1),
        BadData);

    /// <summary>Pushing to a remote (GCS) may wait out an outage of a few hours.</summary>
    public static readonly StageSpec VersionData = new(
        StageNames.Version,
        TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(3),
        TimeSpan.FromMinutes(1),
        BadData);

    /// <summary>Reports and the run report: small and quick.</summary>
    public static readonly StageSpec Report = new(
        StageNames.Report,
        TimeSpan.FromMinutes(10),
        TimeSpan.FromHours(1),
        TimeSpan.FromMinutes(1),
        BadData);

    /// <summary>Release 2: dating a scheduled run (a time-zone lookup on a worker): seconds of work, retried for an
    /// hour while no worker answers.</summary>
    public static readonly StageSpec ScheduleDay =
        new("schedule", TimeSpan.FromMinutes(1), TimeSpan.FromHours(1), null, BadData);

    /// <summary>Every stage spec, in business order, reports last.</summary>
    public static readonly IReadOnlyList<StageSpec> All = [
        Ingest, Validate, Transform, DetectAnomalies, VersionData, Report];

    /// <summary>The longest a whole run can take if every activity used its whole retry budget (the critical path:
    /// ingest, validate, validation report, transform, detect beside reports, version, run report). The schedule's run
    /// timeout is at least this, and below a day.</summary>
    /// <summary>Release 2: the run timeout of a day's run started by the sensor or the schedule, so a run nobody waits
    /// for any more (its parent terminated) still ends, and its folder lock lapses, before the next day's.</summary>
    public static TimeSpan RunTimeout => WorstCase;

    public static TimeSpan WorstCase
        => Ingest.ScheduleToClose
            + Validate.ScheduleToClose
            + Report.ScheduleToClose
            + Transform.ScheduleToClose
            + (DetectAnomalies.ScheduleToClose > Report.ScheduleToClose
                ? DetectAnomalies.ScheduleToClose
                : Report.ScheduleToClose)
            + VersionData.ScheduleToClose
            + Report.ScheduleToClose;
}
