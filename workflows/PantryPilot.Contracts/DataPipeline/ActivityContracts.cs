namespace PantryPilot.Contracts.DataPipeline;

// Inputs and outputs of the data pipeline's activities: one record in, one record out, each beside its pair.

public sealed record IngestInput(PipelineRun Run, DataTable Table);

/// <param name="RawPath">raw/&lt;table&gt;.parquet</param>
/// <param name="ManifestPath">raw/&lt;table&gt;.manifest.json: rows, schema, content hash.</param>
public sealed record IngestOutput(DataTable Table, string RawPath, string ManifestPath, string ContentHash, StageCounts Counts, string? QuarantinePath);

public sealed record ValidateInput(PipelineRun Run, DataTable Table, string RawPath);

/// <param name="Success">Every expectation of the suite passed.</param>
/// <param name="PolicyApplied">Stop or Quarantine: what the run does with a failure.</param>
/// <param name="ValidPath">Rows that go on to transform (all rows, or those that passed under quarantine).</param>
/// <param name="ResultPath">The GE-style JSON result of this run.</param>
public sealed record ValidateOutput(
    DataTable Table,
    string SuiteName,
    bool Success,
    int Expectations,
    int FailedExpectations,
    ValidationPolicy PolicyApplied,
    string ValidPath,
    string? QuarantinePath,
    string ResultPath,
    StageCounts Counts);

public sealed record PublishValidationReportInput(PipelineRun Run, IReadOnlyList<string> ResultPaths);

public sealed record PublishValidationReportOutput(string HtmlPath, string SummaryCsvPath);

public sealed record TransformInput(PipelineRun Run, DataTable Table, string ValidPath);

public sealed record TransformOutput(DataTable Table, string ProcessedPath, string? QuarantinePath, StageCounts Counts);

public sealed record DetectAnomaliesInput(PipelineRun Run, string InventoryPath, string PurchasesPath);

/// <param name="ForecastPath">processed/forecast.parquet: one forecast per household item (null from workers older than
/// the forecaster; optional so their recorded results still deserialize).</param>
/// <param name="Forecasts">Rows of <paramref name="ForecastPath"/>.</param>
public sealed record DetectAnomaliesOutput(
    string AlertsCsvPath, string AlertsParquetPath, AlertCounts Counts, long InventoryRows, string? ForecastPath = null, long Forecasts = 0);

public sealed record BuildReportsInput(PipelineRun Run, string InventoryPath, string PurchasesPath);

public sealed record BuildReportsOutput(string BiasCsvPath, string ProfileCsvPath, string HtmlPath);

public sealed record SnapshotInput(PipelineRun Run, string Message);

/// <param name="SnapshotId">Content address of the snapshot manifest; the same data gives the same id.</param>
/// <param name="NewObjects">Objects stored by this snapshot (0 when nothing changed).</param>
public sealed record SnapshotOutput(string SnapshotId, int Files, int NewObjects, long NewBytes, bool Pushed);

public sealed record WriteRunReportInput(PipelineRun Run, PipelineSummary Summary);

public sealed record WriteRunReportOutput(string Path);
