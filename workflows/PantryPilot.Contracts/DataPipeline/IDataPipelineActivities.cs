using Temporalio.Activities;

namespace PantryPilot.Contracts.DataPipeline;

/// <summary>The data pipeline's activities as workflow code calls them: typed lambdas on this interface
/// (<c>(IDataPipelineActivities a) =&gt; a.IngestAsync(input)</c>), each method pinned to its
/// <see cref="ActivityNames"/> name. The worker registers the implementing classes in PantryPilot.Activities (one per
/// stage), which carry the same names; a test checks that every name here has exactly one implementation with the
/// same input and output.</summary>
public interface IDataPipelineActivities
{
    [Activity(ActivityNames.Ingest)]
    Task<IngestOutput> IngestAsync(IngestInput input);

    [Activity(ActivityNames.Validate)]
    Task<ValidateOutput> ValidateAsync(ValidateInput input);

    [Activity(ActivityNames.PublishValidationReport)]
    Task<PublishValidationReportOutput> PublishValidationReportAsync(PublishValidationReportInput input);

    [Activity(ActivityNames.Transform)]
    Task<TransformOutput> TransformAsync(TransformInput input);

    [Activity(ActivityNames.DetectAnomalies)]
    Task<DetectAnomaliesOutput> DetectAnomaliesAsync(DetectAnomaliesInput input);

    [Activity(ActivityNames.BuildReports)]
    Task<BuildReportsOutput> BuildReportsAsync(BuildReportsInput input);

    [Activity(ActivityNames.Snapshot)]
    Task<SnapshotOutput> SnapshotAsync(SnapshotInput input);

    [Activity(ActivityNames.WriteRunReport)]
    Task<WriteRunReportOutput> WriteRunReportAsync(WriteRunReportInput input);

    [Activity(ActivityNames.ScheduledDay)]
    Task<ScheduledDayOutput> ScheduledDayAsync(ScheduledDayInput input);
}
