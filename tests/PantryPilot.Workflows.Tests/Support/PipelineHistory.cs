using PantryPilot.Contracts.DataPipeline;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Tests.Support;

/// <summary>The history a server records for one DataPipelineWorkflow run, stage by stage: each activity with the
/// input and Web UI summary the workflow sends and a plausible result, the search-attribute and memo upserts.
/// Activity type names are spelled out (not taken from the contracts' constants) on purpose: renaming an activity
/// or changing the flow's order must break these histories, as it would break real running workflows.</summary>
public sealed class PipelineHistory
{
    public const string Dir = "/data";
    public const long Rows = 100;
    public static readonly DateOnly AsOf = new(2026, 3, 1);

    public PipelineHistory(PipelineRun input)
    {
        Input = input;
        Builder = new HistoryBuilder("DataPipelineWorkflow", input).WorkflowTask();
        Builder.UpsertSearchAttributes(
            PipelineSearchAttributes.AsOf.ValueSet(PipelineDates.ToText(input.AsOf)),
            PipelineSearchAttributes.Source.ValueSet(input.Source.ToString().ToLowerInvariant()),
            PipelineSearchAttributes.Outcome.ValueSet(RunOutcomes.Running));
    }

    public HistoryBuilder Builder { get; }

    public PipelineRun Input { get; }

    public static PipelineRun DefaultInput(ValidationPolicy policy = ValidationPolicy.Suite) =>
        new("pantry-pipeline-2026-03-01", Dir, AsOf, SourceKind.Synthetic, new SyntheticOptions(), Policy: policy);

    public static IngestOutput IngestResult(DataTable t) =>
        new(t, Path("raw", t), $"{Dir}/raw/{t}.manifest.json", "sha256:abc", new StageCounts(StageNames.Ingest, t, Rows, Rows, 0), null);

    /// <summary>Schedules one activity per item in the current workflow task, completes them all, then runs the
    /// workflow task in which the workflow reacts.</summary>
    public PipelineHistory Activities<T>(string activityType, IEnumerable<T> items, Func<T, object?> input, Func<T, string> summary, Func<T, object> result)
    {
        var list = items.ToArray();
        var ids = list.Select(i => Builder.ScheduleActivity(activityType, input(i), summary(i))).ToArray();
        for (var i = 0; i < ids.Length; i++)
        {
            Builder.CompleteActivity(ids[i], result(list[i]));
        }

        Builder.WorkflowTask();
        return this;
    }

    public PipelineHistory Ingest() =>
        Activities("pantry.ingest", DataTables.Ingested, t => new IngestInput(Input, t), t => $"ingest {DataTables.Name(t)}", IngestResult);

    public PipelineHistory Validate(bool success, ValidationPolicy policy)
    {
        Activities(
            "pantry.validate",
            DataTables.Validated,
            t => new ValidateInput(Input, t, Path("raw", t)),
            t => $"validate {DataTables.Name(t)}",
            t => ValidateResult(t, success, policy));
        return Activities(
            "pantry.publish-validation-report",
            [0],
            _ => new PublishValidationReportInput(Input, DataTables.Validated.Select(ResultPath).ToArray()),
            _ => "publish validation report",
            _ => new PublishValidationReportOutput($"{Dir}/reports/validation.html", $"{Dir}/reports/validation_summary.csv"));
    }

    public PipelineHistory Transform() => Activities(
        "pantry.transform",
        DataTables.Validated,
        t => new TransformInput(Input, t, Path("validated", t)),
        t => $"transform {DataTables.Name(t)}",
        t => new TransformOutput(t, Path("processed", t), null, new StageCounts(StageNames.Transform, t, Rows, Rows, 0)));

    /// <summary>Anomaly detection and the bias/profile reports, scheduled side by side in one workflow task.</summary>
    public (long Detect, long Build) ScheduleDetectAndReport() => (
        Builder.ScheduleActivity("pantry.detect-anomalies", new DetectAnomaliesInput(Input, Path("processed", DataTable.Inventory), Path("processed", DataTable.Purchases)), "detect anomalies"),
        Builder.ScheduleActivity("pantry.build-reports", new BuildReportsInput(Input, Path("processed", DataTable.Inventory), Path("processed", DataTable.Purchases)), "build bias and profile reports"));

    public PipelineHistory DetectAndReport()
    {
        var (detect, build) = ScheduleDetectAndReport();
        Builder.CompleteActivity(detect, new DetectAnomaliesOutput($"{Dir}/alerts/alerts.csv", $"{Dir}/alerts/alerts.parquet", new AlertCounts(2, 3, 4, 0), Rows));
        Builder.CompleteActivity(build, new BuildReportsOutput($"{Dir}/reports/bias.csv", $"{Dir}/reports/profile.csv", $"{Dir}/reports/report.html"));
        Builder.WorkflowTask();
        return this;
    }

    public PipelineHistory Snapshot() => Activities(
        "pantry.snapshot",
        [0],
        _ => new SnapshotInput(Input, $"pipeline run {Input.RunId} as of {PipelineDates.ToText(Input.AsOf)}"),
        _ => "snapshot raw, processed and alerts",
        _ => new SnapshotOutput("snap-123", 7, 7, 4096, false));

    /// <summary>The run report; its input is not reproduced (the summary is built inside the workflow).</summary>
    public PipelineHistory RunReport() => Activities(
        "pantry.write-run-report", [0], _ => null, _ => "write run report", _ => new WriteRunReportOutput($"{Dir}/reports/run-report.json"));

    /// <summary>The memo and outcome upserts and the completion of the last workflow task.</summary>
    public PipelineHistory Completed(string snapshotId = "snap-123")
    {
        Builder.UpsertMemo(PipelineSearchAttributes.SnapshotMemo, snapshotId).UpsertSearchAttributes(PipelineSearchAttributes.Outcome.ValueSet(RunOutcomes.Completed));
        Builder.WorkflowCompleted(null);
        return this;
    }

    /// <summary>The outcome upsert, then the workflow failure, in the last workflow task.</summary>
    public PipelineHistory Failed(string outcome, string message, string errorType)
    {
        Builder.UpsertSearchAttributes(PipelineSearchAttributes.Outcome.ValueSet(outcome));
        Builder.WorkflowFailed(message, errorType);
        return this;
    }

    /// <summary>Every stage succeeded; the workflow completed.</summary>
    public static PipelineHistory HappyPath(ValidationPolicy policy = ValidationPolicy.Suite) =>
        new PipelineHistory(DefaultInput(policy)).Ingest().Validate(success: true, ValidationPolicy.Quarantine).Transform().DetectAndReport().Snapshot().RunReport().Completed();

    private static ValidateOutput ValidateResult(DataTable t, bool success, ValidationPolicy policy) => new(
        t, $"{t}_suite", success, 10, success ? 0 : 2, policy, Path("validated", t), success ? null : Path("quarantine", t),
        ResultPath(t), new StageCounts(StageNames.Validate, t, Rows, success ? Rows : Rows - 5, success ? 0 : 5));

    private static string ResultPath(DataTable t) => $"{Dir}/reports/{t}.json";

    private static string Path(string folder, DataTable table) => $"{Dir}/{folder}/{table}.parquet";
}
