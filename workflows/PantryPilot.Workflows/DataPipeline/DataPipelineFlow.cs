using PantryPilot.Activities.Anomalies;
using PantryPilot.Activities.Ingest;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Reports;
using PantryPilot.Activities.Transform;
using PantryPilot.Activities.Validation;
using PantryPilot.Activities.Versioning;
using Temporalio.Exceptions;
using static PantryPilot.Workflows.DataPipeline.DataPipelineStages;

namespace PantryPilot.Workflows.DataPipeline;

/// <summary>The data pipeline as a business process: ingest → validate → transform → detect anomalies → version.
/// Deterministic: it only orchestrates through <see cref="IStageRunner"/>; all work lives in activities.</summary>
public sealed class DataPipelineFlow(IStageRunner runner)
{
    private PipelineProgress _progress = PipelineProgress.Start(string.Empty);

    public PipelineProgress Progress => _progress;

    public async Task<PipelineSummary> RunAsync(PipelineRun run)
    {
        _progress = PipelineProgress.Start(run.RunId);
        runner.OnProgress(_progress);
        var counts = new List<StageCounts>();
        var outputs = new Dictionary<string, string>();

        var ingested = await StageAsync(Ingest, counts, () => runner.WhenAllAsync(IngestedTables.Select(table =>
            runner.RunAsync(Ingest, (IngestActivities a) => a.IngestAsync(new(run, table))))), i => i.Counts);
        foreach (var i in ingested)
        {
            outputs[$"raw/{DataPaths.TableFileName(i.Table)}"] = i.RawPath;
        }

        var validated = await StageAsync(Validate, counts, () => runner.WhenAllAsync(ValidatedTables.Select(table =>
            runner.RunAsync(Validate, (ValidationActivities a) => a.ValidateAsync(new(run, table, RawOf(ingested, table)))))), v => v.Counts);
        var report = await runner.RunAsync(Report, (ValidationActivities a) => a.PublishReportAsync(new(run, validated.Select(v => v.ResultPath).ToArray())));
        outputs["reports/validation"] = report.HtmlPath;
        var validation = validated.Select(v => new ValidationOutcome(v.Table, v.SuiteName, v.Success, v.Expectations, v.FailedExpectations, v.PolicyApplied, v.ResultPath)).ToArray();

        var stopped = validated.Where(v => !v.Success && v.PolicyApplied == "stop").ToArray();
        if (stopped.Length > 0)
        {
            await WriteRunReportAsync(run, counts, validation, new(0, 0, 0, 0), null, outputs);
            var detail = string.Join("; ", stopped.Select(v => $"suite '{v.SuiteName}' failed {v.FailedExpectations} of {v.Expectations} expectations"));
            throw new ApplicationFailureException($"Validation failed under the stop policy: {detail}. See {report.HtmlPath}", ValidationFailedType, nonRetryable: true);
        }

        var transformed = await StageAsync(Transform, counts, () => runner.WhenAllAsync(validated.Select(v =>
            runner.RunAsync(Transform, (TransformActivities a) => a.TransformAsync(new(run, v.Table, v.ValidPath))))), t => t.Counts);
        var inventory = transformed.Single(t => t.Table == DataTable.Inventory).ProcessedPath;
        var purchases = transformed.Single(t => t.Table == DataTable.Purchases).ProcessedPath;
        outputs["processed/inventory"] = inventory;
        outputs["processed/purchase_history"] = purchases;

        SetStage(new(DetectAnomalies.Name, StageState.Running));
        var alertsTask = runner.RunAsync(DetectAnomalies, (AnomalyActivities a) => a.DetectAsync(new(run, inventory, purchases)));
        var reportsTask = runner.RunAsync(Report, (ReportActivities a) => a.BuildAsync(new(run, inventory, purchases)));
        var alerts = await alertsTask;
        var reports = await reportsTask;
        SetStage(new(DetectAnomalies.Name, StageState.Completed, alerts.InventoryRows, alerts.Counts.Total, Detail: $"{alerts.Counts.Total} alerts"));
        outputs["alerts/alerts.csv"] = alerts.AlertsCsvPath;
        outputs["reports/bias"] = reports.BiasCsvPath;
        outputs["reports/profile"] = reports.ProfileCsvPath;
        outputs["reports/html"] = reports.HtmlPath;

        SetStage(new(VersionData.Name, StageState.Running));
        var snapshot = await runner.RunAsync(VersionData, (VersionActivities a) => a.SnapshotAsync(new(run, $"pipeline run {run.RunId} as of {run.AsOf}")));
        SetStage(new(VersionData.Name, StageState.Completed, Detail: $"snapshot {snapshot.SnapshotId} ({snapshot.NewObjects} new objects)"));

        return await WriteRunReportAsync(run, counts, validation, alerts.Counts, snapshot.SnapshotId, outputs);
    }

    private static string RawOf(IEnumerable<IngestOutput> ingested, DataTable table) => ingested.Single(i => i.Table == table).RawPath;

    private async Task<PipelineSummary> WriteRunReportAsync(
        PipelineRun run, List<StageCounts> counts, IReadOnlyList<ValidationOutcome> validation, AlertCounts alerts, string? snapshotId, Dictionary<string, string> outputs)
    {
        var summary = new PipelineSummary(run.RunId, run.AsOf, run.Source.ToString().ToLowerInvariant(), counts.ToArray(), validation, alerts, snapshotId, new Dictionary<string, string>(outputs));
        var written = await runner.RunAsync(Report, (RunReportActivities a) => a.WriteAsync(new(run, summary)));
        outputs["reports/run-report.json"] = written.Path;
        return summary with { Outputs = new Dictionary<string, string>(outputs) };
    }

    /// <summary>Runs one stage over its tables, recording rows in/out/quarantined and progress.</summary>
    private async Task<TOutput[]> StageAsync<TOutput>(StageSpec stage, List<StageCounts> counts, Func<Task<TOutput[]>> run, Func<TOutput, StageCounts> countsOf)
    {
        SetStage(new(stage.Name, StageState.Running));
        TOutput[] results;
        try
        {
            results = await run();
        }
        catch
        {
            SetStage(new(stage.Name, StageState.Failed));
            throw;
        }

        var stageCounts = results.Select(countsOf).ToArray();
        counts.AddRange(stageCounts);
        SetStage(new(stage.Name, StageState.Completed, stageCounts.Sum(c => c.RowsIn), stageCounts.Sum(c => c.RowsOut), stageCounts.Sum(c => c.RowsQuarantined)));
        return results;
    }

    private void SetStage(StageProgress stage)
    {
        _progress = _progress.With(stage);
        runner.OnProgress(_progress);
    }
}
