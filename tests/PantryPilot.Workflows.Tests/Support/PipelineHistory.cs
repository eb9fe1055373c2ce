using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Workflows.DataPipeline;

namespace PantryPilot.Workflows.Tests.Support;

/// <summary>The history a server records for one DataPipelineWorkflow run, stage by stage, with plausible activity
/// results. Activity type names are spelled out (not taken from the contracts' constants) on purpose: renaming an
/// activity or changing the flow's order must break these histories, as it would break real running workflows.</summary>
public sealed class PipelineHistory
{
    public static readonly DateOnly AsOf = new(2026, 3, 1);
    public const string Dir = "/data";
    public const long Rows = 100;

    public PipelineHistory(PipelineRun input)
    {
        Input = input;
        Builder = new HistoryBuilder("DataPipelineWorkflow", input).WorkflowTask();
    }

    public HistoryBuilder Builder { get; }

    public PipelineRun Input { get; }

    public static PipelineRun DefaultInput(ValidationPolicy policy = ValidationPolicy.Suite) =>
        new("pantry-pipeline-2026-03-01", Dir, AsOf, SourceKind.Synthetic, new SyntheticOptions(), Policy: policy);

    /// <summary>Schedules one activity per item in the current workflow task, completes them all, then runs the
    /// workflow task in which the workflow reacts.</summary>
    public PipelineHistory Activities<T>(string activityType, IEnumerable<T> items, Func<T, object> result)
    {
        var list = items.ToArray();
        var ids = list.Select(_ => Builder.ScheduleActivity(activityType)).ToArray();
        for (var i = 0; i < ids.Length; i++)
        {
            Builder.CompleteActivity(ids[i], result(list[i]));
        }

        Builder.WorkflowTask();
        return this;
    }

    public static IngestOutput IngestResult(DataTable t) =>
        new(t, Path("raw", t), $"{Dir}/raw/{t}.manifest.json", "sha256:abc", new StageCounts(StageNames.Ingest, t, Rows, Rows, 0), null);

    public PipelineHistory Ingest() => Activities("pantry.ingest", DataTables.Ingested, IngestResult);

    public PipelineHistory Validate(bool success, ValidationPolicy policy)
    {
        Activities("pantry.validate", DataTables.Validated, t => new ValidateOutput(
            t, $"{t}_suite", success, 10, success ? 0 : 2, policy, Path("validated", t), success ? null : Path("quarantine", t),
            $"{Dir}/reports/{t}.json", new StageCounts(StageNames.Validate, t, Rows, success ? Rows : Rows - 5, success ? 0 : 5)));
        return Activities("pantry.publish-validation-report", [0], _ => new PublishValidationReportOutput($"{Dir}/reports/validation.html", $"{Dir}/reports/validation_summary.csv"));
    }

    public PipelineHistory Transform() => Activities("pantry.transform", DataTables.Validated, t =>
        new TransformOutput(t, Path("processed", t), null, new StageCounts(StageNames.Transform, t, Rows, Rows, 0)));

    /// <summary>Anomaly detection and the bias/profile reports run side by side, scheduled in one workflow task.</summary>
    public PipelineHistory DetectAndReport()
    {
        var detect = Builder.ScheduleActivity("pantry.detect-anomalies");
        var build = Builder.ScheduleActivity("pantry.build-reports");
        Builder.CompleteActivity(detect, new DetectAnomaliesOutput($"{Dir}/alerts/alerts.csv", $"{Dir}/alerts/alerts.parquet", new AlertCounts(2, 3, 4, 0), Rows));
        Builder.CompleteActivity(build, new BuildReportsOutput($"{Dir}/reports/bias.csv", $"{Dir}/reports/profile.csv", $"{Dir}/reports/report.html"));
        Builder.WorkflowTask();
        return this;
    }

    public PipelineHistory Snapshot() => Activities("pantry.snapshot", [0], _ => new SnapshotOutput("snap-123", 7, 7, 4096, false));

    public PipelineHistory RunReport() => Activities("pantry.write-run-report", [0], _ => new WriteRunReportOutput($"{Dir}/reports/run-report.json"));

    /// <summary>Every stage succeeded; the workflow completed.</summary>
    public static PipelineHistory HappyPath(ValidationPolicy policy = ValidationPolicy.Suite)
    {
        var h = new PipelineHistory(DefaultInput(policy)).Ingest().Validate(success: true, ValidationPolicy.Quarantine).Transform().DetectAndReport().Snapshot().RunReport();
        h.Builder.WorkflowCompleted(null);
        return h;
    }

    private static string Path(string folder, DataTable table) => $"{Dir}/{folder}/{table}.parquet";
}
