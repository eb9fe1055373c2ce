namespace PantryPilot.Contracts.DataPipeline;

/// <summary>The data pipeline's activities by pinned name. These names are what the server records in history and
/// routes tasks by: renaming one breaks every run in flight, so they are spelled out here, never derived from
/// method names. <see cref="IDataPipelineActivities"/> and the implementations carry <c>[Activity(ActivityNames.X)]</c>
/// with the same constants.</summary>
public static class ActivityNames
{
    public const string Ingest = "pantry.ingest";
    public const string Validate = "pantry.validate";
    public const string PublishValidationReport = "pantry.publish-validation-report";
    public const string Transform = "pantry.transform";
    public const string DetectAnomalies = "pantry.detect-anomalies";
    public const string BuildReports = "pantry.build-reports";
    public const string Snapshot = "pantry.snapshot";
    public const string WriteRunReport = "pantry.write-run-report";

    /// <summary>Release 2: the calendar day of a scheduled start in the schedule's time zone.</summary>
    public const string ScheduledDay = "pantry.scheduled-day";

    public static readonly IReadOnlyList<string> All =
    [
        Ingest, Validate, PublishValidationReport, Transform, DetectAnomalies, BuildReports, Snapshot, WriteRunReport,
        ScheduledDay,
    ];
}
