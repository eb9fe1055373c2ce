namespace PantryPilot.Contracts.DataPipeline;

/// <summary>An activity as a workflow calls it: its pinned name and the types of its one input and one output.</summary>
public sealed record ActivityContract<TInput, TOutput>(string Name);

/// <summary>The data pipeline's activities by pinned name. These names are what the server records in history and
/// routes tasks by: renaming one breaks every run in flight, so they are spelled out here, never derived from
/// method names. Implementations carry <c>[Activity(ActivityNames.X)]</c> with the same constants.</summary>
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

    public static readonly IReadOnlyList<string> All =
        [Ingest, Validate, PublishValidationReport, Transform, DetectAnomalies, BuildReports, Snapshot, WriteRunReport];
}

/// <summary>Typed handles of the activities, so workflow code calls them by name with checked input/output types.</summary>
public static class DataPipelineActivities
{
    public static readonly ActivityContract<IngestInput, IngestOutput> Ingest = new(ActivityNames.Ingest);
    public static readonly ActivityContract<ValidateInput, ValidateOutput> Validate = new(ActivityNames.Validate);
    public static readonly ActivityContract<PublishValidationReportInput, PublishValidationReportOutput> PublishValidationReport = new(ActivityNames.PublishValidationReport);
    public static readonly ActivityContract<TransformInput, TransformOutput> Transform = new(ActivityNames.Transform);
    public static readonly ActivityContract<DetectAnomaliesInput, DetectAnomaliesOutput> DetectAnomalies = new(ActivityNames.DetectAnomalies);
    public static readonly ActivityContract<BuildReportsInput, BuildReportsOutput> BuildReports = new(ActivityNames.BuildReports);
    public static readonly ActivityContract<SnapshotInput, SnapshotOutput> Snapshot = new(ActivityNames.Snapshot);
    public static readonly ActivityContract<WriteRunReportInput, WriteRunReportOutput> WriteRunReport = new(ActivityNames.WriteRunReport);
}
