using PantryPilot.Contracts.DataPipeline;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Tests.Support;

/// <summary>The history a server records for one DataPipelineWorkflow run, stage by stage: each activity with the
/// input and Web UI summary the workflow sends and a plausible result, the search-attribute and memo upserts. It keeps
/// the row counts, validation outcomes, outputs and alerts it recorded, so the run report's input (the summary the
/// workflow builds) is written out here from those values, by the rules docs/temporal.md states.
/// Activity type names are spelled out (not taken from the contracts' constants) on purpose: renaming an activity
/// or changing the flow's order must break these histories, as it would break real running workflows.</summary>
public sealed class PipelineHistory
{
    public const string Dir = "/data";
    public const long Rows = 100;
    public static readonly DateOnly AsOf = new(2026, 3, 1);

    private readonly List<StageCounts> counts = [];
    private readonly List<ValidationOutcome> validation = [];
    private readonly Dictionary<string, string> outputs = [];
    private AlertCounts alerts = new(0, 0, 0, 0);
    private string? snapshotId;

    /// <param name="input">The workflow's input, as the client starts it (no owner).</param>
    /// <param name="release">The workflow release that recorded it: 2 (today's) starts with the release's patch marker
    /// and sets no outcome while running; 1 set the outcome "running" first.</param>
    public PipelineHistory(PipelineRun input, int release = 2)
    {
        StartInput = input;
        Release = release;
        Input = input with { Owner = new(input.RunId, HistoryBuilder.RunId) };
        Builder = new HistoryBuilder("DataPipelineWorkflow", input).WorkflowTask();
        if (release >= 2)
        {
            Builder.Patched("data-pipeline.release-2").UpsertSearchAttributes(
                PipelineSearchAttributes.AsOf.ValueSet(PipelineDates.ToText(input.AsOf)),
                PipelineSearchAttributes.Source.ValueSet(input.Source.ToString().ToLowerInvariant()));
            return;
        }

        Builder.UpsertSearchAttributes(
            PipelineSearchAttributes.AsOf.ValueSet(PipelineDates.ToText(input.AsOf)),
            PipelineSearchAttributes.Source.ValueSet(input.Source.ToString().ToLowerInvariant()),
            PipelineSearchAttributes.Outcome.ValueSet(RunOutcomes.Running));
    }

    public int Release { get; }

    public HistoryBuilder Builder { get; }

    /// <summary>The run every activity receives: the start input owned by this workflow run (its id, run id).</summary>
    public PipelineRun Input { get; }

    public PipelineRun StartInput { get; }

    /// <summary>The same run recorded by release 1 (for the frozen histories of that release).</summary>
    public static PipelineHistory ReleaseOne(PipelineRun input) => new(input, release: 1);

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

    public PipelineHistory Ingest()
    {
        foreach (var t in DataTables.Ingested)
        {
            counts.Add(IngestResult(t).Counts);
            outputs[$"raw/{DataTables.Name(t)}"] = Path("raw", t);
        }

        return Activities("pantry.ingest", DataTables.Ingested, t => new IngestInput(Input, t), t => $"ingest {DataTables.Name(t)}", IngestResult);
    }

    public ValidateInput ValidateInputOf(DataTable t) => new(Input, t, Path("raw", t));

    public PipelineHistory Validate(bool success, ValidationPolicy policy)
    {
        foreach (var t in DataTables.Validated)
        {
            var v = ValidateResult(t, success, policy);
            counts.Add(v.Counts);
            validation.Add(new(t, v.SuiteName, v.Success, v.Expectations, v.FailedExpectations, v.PolicyApplied, v.ResultPath));
        }

        outputs["reports/validation"] = $"{Dir}/reports/validation.html";
        Activities(
            "pantry.validate",
            DataTables.Validated,
            ValidateInputOf,
            t => $"validate {DataTables.Name(t)}",
            t => ValidateResult(t, success, policy));
        return Activities(
            "pantry.publish-validation-report",
            [0],
            _ => new PublishValidationReportInput(Input, DataTables.Validated.Select(ResultPath).ToArray()),
            _ => "publish validation report",
            _ => new PublishValidationReportOutput($"{Dir}/reports/validation.html", $"{Dir}/reports/validation_summary.csv"));
    }

    public PipelineHistory Transform()
    {
        foreach (var t in DataTables.Validated)
        {
            counts.Add(new StageCounts(StageNames.Transform, t, Rows, Rows, 0));
        }

        outputs["processed/inventory"] = Path("processed", DataTable.Inventory);
        outputs["processed/purchase_history"] = Path("processed", DataTable.Purchases);
        return Activities(
            "pantry.transform",
            DataTables.Validated,
            t => new TransformInput(Input, t, Path("validated", t)),
            t => $"transform {DataTables.Name(t)}",
            t => new TransformOutput(t, Path("processed", t), null, new StageCounts(StageNames.Transform, t, Rows, Rows, 0)));
    }

    /// <summary>Anomaly detection and the bias/profile reports, scheduled side by side in one workflow task.</summary>
    public (long Detect, long Build) ScheduleDetectAndReport() => (
        Builder.ScheduleActivity("pantry.detect-anomalies", new DetectAnomaliesInput(Input, Path("processed", DataTable.Inventory), Path("processed", DataTable.Purchases)), "detect anomalies"),
        Builder.ScheduleActivity("pantry.build-reports", new BuildReportsInput(Input, Path("processed", DataTable.Inventory), Path("processed", DataTable.Purchases)), "build bias and profile reports"));

    public PipelineHistory DetectAndReport()
    {
        alerts = new AlertCounts(2, 3, 4, 0);
        outputs["alerts/alerts.csv"] = $"{Dir}/alerts/alerts.csv";
        outputs["reports/bias"] = $"{Dir}/reports/bias.csv";
        outputs["reports/profile"] = $"{Dir}/reports/profile.csv";
        outputs["reports/html"] = $"{Dir}/reports/report.html";
        var (detect, build) = ScheduleDetectAndReport();
        Builder.CompleteActivity(detect, new DetectAnomaliesOutput($"{Dir}/alerts/alerts.csv", $"{Dir}/alerts/alerts.parquet", new AlertCounts(2, 3, 4, 0), Rows));
        Builder.CompleteActivity(build, new BuildReportsOutput($"{Dir}/reports/bias.csv", $"{Dir}/reports/profile.csv", $"{Dir}/reports/report.html"));
        Builder.WorkflowTask();
        return this;
    }

    public SnapshotInput SnapshotInput() => new(Input, $"pipeline run {Input.RunId} as of {PipelineDates.ToText(Input.AsOf)}");

    public PipelineHistory Snapshot()
    {
        snapshotId = "snap-123";
        return Activities("pantry.snapshot", [0], _ => SnapshotInput(), _ => "snapshot raw, processed and alerts", _ => new SnapshotOutput("snap-123", 7, 7, 4096, false));
    }

    /// <summary>The summary the run report receives: every stage's counts in the order recorded, the validation
    /// outcomes, the alerts (none before detection ran), the snapshot id (none before it ran) and every output so far.</summary>
    public PipelineSummary Summary() => new(Input.RunId, Input.AsOf, Input.Source, counts.ToArray(), validation.ToArray(), alerts, snapshotId, new Dictionary<string, string>(outputs));

    public PipelineHistory RunReport() => Activities(
        "pantry.write-run-report", [0], _ => new WriteRunReportInput(Input, Summary()), _ => "write run report", _ => new WriteRunReportOutput($"{Dir}/reports/run-report.json"));

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
    public static PipelineHistory HappyPath(ValidationPolicy policy = ValidationPolicy.Suite, int release = 2) =>
        new PipelineHistory(DefaultInput(policy), release).Ingest().Validate(success: true, ValidationPolicy.Quarantine).Transform().DetectAndReport().Snapshot().RunReport().Completed();

    private static ValidateOutput ValidateResult(DataTable t, bool success, ValidationPolicy policy) => new(
        t, $"{t}_suite", success, 10, success ? 0 : 2, policy, Path("validated", t), success ? null : Path("quarantine", t),
        ResultPath(t), new StageCounts(StageNames.Validate, t, Rows, success ? Rows : Rows - 5, success ? 0 : 5));

    private static string ResultPath(DataTable t) => $"{Dir}/reports/{t}.json";

    private static string Path(string folder, DataTable table) => $"{Dir}/{folder}/{table}.parquet";
}
