using PantryPilot.Contracts.DataPipeline;
using Temporalio.Exceptions;

namespace PantryPilot.Workflows.DataPipeline;

/// <summary>The data pipeline as a business process: ingest → validate → transform → detect anomalies → version.
/// Deterministic: it only orchestrates through <see cref="IStageRunner"/>; all work lives in activities.</summary>
/// <param name="release">The workflow release whose behaviour to keep (a run that started under release 1 replays with
/// it); the in-process run always takes the latest. Release 2: a failed activity of a parallel stage cancels its
/// siblings before the run fails.</param>
public sealed class DataPipelineFlow(IStageRunner runner, int release = DataPipelineFlow.LatestRelease)
{
    public const int LatestRelease = 2;

    private PipelineProgress progress = PipelineProgress.Start(string.Empty);

    public PipelineProgress Progress => this.progress;

    public async Task<PipelineSummary> RunAsync(PipelineRun run)
    {
        this.progress = PipelineProgress.Start(run.RunId);
        runner.OnProgress(this.progress);
        var counts = new List<StageCounts>();
        var outputs = new Dictionary<string, string>();

        var ingested = await StageAsync(
            DataPipelineStages.Ingest,
            counts,
            () => FanOutAsync(DataTables.Ingested, (table, ct) => IngestAsync(run, table, ct)),
            i => i.Counts);
        foreach (var i in ingested)
        {
            outputs[$"raw/{DataTables.Name(i.Table)}"] = i.RawPath;
        }

        var validated = await StageAsync(
            DataPipelineStages.Validate,
            counts,
            () => FanOutAsync(
                DataTables.Validated, (table, ct) => ValidateAsync(run, table, RawOf(ingested, table), ct)),
            v => v.Counts);
        var reportInput = new PublishValidationReportInput(run, validated.Select(v => v.ResultPath).ToArray());
        var report = await runner.RunAsync(
            DataPipelineStages.Report,
            (IDataPipelineActivities a) => a.PublishValidationReportAsync(reportInput),
            "publish validation report");
        outputs["reports/validation"] = report.HtmlPath;
        var validation = validated
            .Select(v => new ValidationOutcome(
                v.Table, v.SuiteName, v.Success, v.Expectations, v.FailedExpectations, v.PolicyApplied, v.ResultPath))
            .ToArray();

        var stopped = validated.Where(v => !v.Success && v.PolicyApplied == ValidationPolicy.Stop).ToArray();
        if (stopped.Length > 0)
        {
            await WriteRunReportAsync(run, counts, validation, new(0, 0, 0, 0), null, outputs);
            var detail = string.Join(
                "; ",
                stopped.Select(
                    v => $"suite '{v.SuiteName}' failed {v.FailedExpectations} of {v.Expectations} expectations"));
            throw new ApplicationFailureException(
                $"Validation failed under the stop policy: {detail}. See {report.HtmlPath}",
                FailureTypes.ValidationFailed,
                nonRetryable: true);
        }

        var transformed = await StageAsync(
            DataPipelineStages.Transform,
            counts,
            () => FanOutAsync(validated, (v, ct) => TransformAsync(run, v, ct)),
            t => t.Counts);
        var inventory = transformed.Single(t => t.Table == DataTable.Inventory).ProcessedPath;
        var purchases = transformed.Single(t => t.Table == DataTable.Purchases).ProcessedPath;
        outputs["processed/inventory"] = inventory;
        outputs["processed/purchase_history"] = purchases;

        SetStage(new(StageNames.DetectAnomalies, StageState.Running));
        var (alerts, reports) = await DetectBesideReportsAsync(run, inventory, purchases);
        SetStage(
            new(
                StageNames.DetectAnomalies,
                StageState.Completed,
                alerts.InventoryRows,
                alerts.Counts.Total,
                Detail: $"{alerts.Counts.Total} alerts"));
        outputs["alerts/alerts.csv"] = alerts.AlertsCsvPath;
        outputs["reports/bias"] = reports.BiasCsvPath;
        outputs["reports/profile"] = reports.ProfileCsvPath;
        outputs["reports/html"] = reports.HtmlPath;

        SetStage(new(StageNames.Version, StageState.Running));
        var asOf = PipelineDates.ToText(run.AsOf);
        var message = $"pipeline run {run.RunId} as of {asOf}";
        var snapshot = await runner.RunAsync(
            DataPipelineStages.VersionData,
            (IDataPipelineActivities a) => a.SnapshotAsync(new SnapshotInput(run, message)),
            "snapshot raw, processed and alerts");
        SetStage(
            new(
                StageNames.Version,
                StageState.Completed,
                Detail: $"snapshot {snapshot.SnapshotId} ({snapshot.NewObjects} new objects)"));

        return await WriteRunReportAsync(run, counts, validation, alerts.Counts, snapshot.SnapshotId, outputs);
    }

    /// <summary>Anomaly detection and the bias/profile reports run side by side; if detection fails, the reports
    /// are cancelled (and awaited) before the failure ends the run, so nothing is still writing afterwards.</summary>
    private async Task<(DetectAnomaliesOutput Alerts, BuildReportsOutput Reports)> DetectBesideReportsAsync(
        PipelineRun run,
        string inventory,
        string purchases)
    {
        using var reportsCancel = CancellationTokenSource.CreateLinkedTokenSource(runner.CancellationToken);
        var alertsTask = runner.RunAsync(
            DataPipelineStages.DetectAnomalies,
            (IDataPipelineActivities a) => a.DetectAnomaliesAsync(new DetectAnomaliesInput(run, inventory, purchases)),
            "detect anomalies");
        var reportsTask = runner.RunAsync(
            DataPipelineStages.Report,
            (IDataPipelineActivities a) => a.BuildReportsAsync(new BuildReportsInput(run, inventory, purchases)),
            "build bias and profile reports",
            reportsCancel.Token);
        DetectAnomaliesOutput alerts;
        try
        {
            alerts = await alertsTask;
        }
        catch
        {
            SetStage(new(StageNames.DetectAnomalies, StageState.Failed));
#pragma warning disable CA1849 // CancelAsync would run the callbacks off the workflow's scheduler
            reportsCancel.Cancel();
#pragma warning restore CA1849
            try
            {
                await reportsTask;
            }
            catch (Exception) when (reportsTask.IsFaulted || reportsTask.IsCanceled)
            {
                // Expected: cancelled on purpose. The detection failure is the one to report.
            }

            throw;
        }

        return (alerts, await reportsTask);
    }

    /// <summary>One activity per item, all at once. Release 2 cancels the rest when one fails; release 1 waited for
    /// every one (and its retries) before failing.</summary>
    private Task<TResult[]> FanOutAsync<TItem, TResult>(
        IReadOnlyList<TItem> items, Func<TItem, CancellationToken, Task<TResult>> start) =>
        release >= 2
            ? runner.RunAllAsync(items, items.Count, start)
            : runner.WhenAllAsync(items.Select(item => start(item, CancellationToken.None)));

    private Task<IngestOutput> IngestAsync(PipelineRun run, DataTable table, CancellationToken ct) => runner.RunAsync(
        DataPipelineStages.Ingest,
        (IDataPipelineActivities a) => a.IngestAsync(new IngestInput(run, table)),
        $"ingest {DataTables.Name(table)}",
        ct);

    private Task<ValidateOutput> ValidateAsync(PipelineRun run, DataTable table, string raw, CancellationToken ct) =>
        runner.RunAsync(
        DataPipelineStages.Validate,
        (IDataPipelineActivities a) => a.ValidateAsync(new ValidateInput(run, table, raw)),
        $"validate {DataTables.Name(table)}",
        ct);

    private Task<TransformOutput> TransformAsync(PipelineRun run, ValidateOutput validated, CancellationToken ct) =>
        runner.RunAsync(
        DataPipelineStages.Transform,
        (IDataPipelineActivities a) => a.TransformAsync(new TransformInput(run, validated.Table, validated.ValidPath)),
        $"transform {DataTables.Name(validated.Table)}",
        ct);

    private static string RawOf(IEnumerable<IngestOutput> ingested, DataTable table)
        => ingested.Single(i => i.Table == table).RawPath;

    private async Task<PipelineSummary> WriteRunReportAsync(
        PipelineRun run,
        List<StageCounts> counts,
        IReadOnlyList<ValidationOutcome> validation,
        AlertCounts alerts,
        string? snapshotId,
        Dictionary<string, string> outputs)
    {
        var summary = new PipelineSummary(
            run.RunId,
            run.AsOf,
            run.Source,
            counts.ToArray(),
            validation,
            alerts,
            snapshotId,
            new Dictionary<string, string>(outputs));
        var written = await runner.RunAsync(
            DataPipelineStages.Report,
            (IDataPipelineActivities a) => a.WriteRunReportAsync(new WriteRunReportInput(run, summary)),
            "write run report");
        outputs["reports/run-report.json"] = written.Path;
        return summary with { Outputs = new Dictionary<string, string>(outputs) };
    }

    /// <summary>Runs one stage over its tables, recording rows in/out/quarantined and progress.</summary>
    private async Task<TOutput[]> StageAsync<TOutput>(
        StageSpec stage,
        List<StageCounts> counts,
        Func<Task<TOutput[]>> run,
        Func<TOutput, StageCounts> countsOf)
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
        SetStage(
            new(
                stage.Name,
                StageState.Completed,
                stageCounts.Sum(c => c.RowsIn),
                stageCounts.Sum(c => c.RowsOut),
                stageCounts.Sum(c => c.RowsQuarantined)));
        return results;
    }

    private void SetStage(StageProgress stage)
    {
        this.progress = this.progress.With(stage);
        runner.OnProgress(this.progress);
    }
}
