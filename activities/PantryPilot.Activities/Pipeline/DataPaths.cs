using PantryPilot.Contracts.DataPipeline;

namespace PantryPilot.Activities.Pipeline;

/// <summary>The one place that decides where each stage writes. Paths are deterministic per table and stage,
/// so a re-run (or a retried activity) overwrites instead of duplicating. A pipeline run writes under its staging
/// folder (<see cref="For"/>: <c>&lt;data-dir&gt;/.staging/&lt;run-id&gt;</c>, same layout) and publishes it into the
/// data directory at the end by renaming folders (<see cref="RunPublisher"/>), so readers never see half a
/// run.</summary>
public sealed class DataPaths(string dataDir)
{
    public const string StagingFolder = ".staging";

    /// <summary>The folders a run produces; publishing replaces each of them as a whole.</summary>
    public static readonly IReadOnlyList<string> OutputFolders = [
        "raw", "processed", "alerts", "quarantine", "reports", "work"];

    public string Root { get; } = Path.GetFullPath(dataDir);

    /// <summary>Where the stages of <paramref name="run"/> write before it is published.</summary>
    public static DataPaths For(PipelineRun run) => new(StagingOf(run));

    /// <summary><c>.staging/&lt;run-id&gt;</c>; for a workflow run
    /// <c>.staging/&lt;run-id&gt;.&lt;workflow-run-id&gt;</c>, so a later execution of the same workflow id never
    /// writes into (or mistakes for its own) what an earlier one left.</summary>
    public static string StagingOf(PipelineRun run)
        => Path.Combine(
            Path.GetFullPath(run.DataDir),
            StagingFolder,
            SafeName(run.Owner is { } owner ? $"{run.RunId}.{owner.WorkflowRunId}" : run.RunId));

    /// <summary>The published path of a file a stage wrote under the staging folder (paths outside it
    /// unchanged).</summary>
    public static string Published(PipelineRun run, string path)
    {
        var staging = StagingOf(run) + Path.DirectorySeparatorChar;
        return path.StartsWith(staging, StringComparison.Ordinal)
            ? Path.Combine(Path.GetFullPath(run.DataDir), path[staging.Length..])
            : path;
    }

    private static string SafeName(string runId) =>
        string.Concat(runId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));

    public string RawDir => Path.Combine(Root, "raw");

    public string ProcessedDir => Path.Combine(Root, "processed");

    public string AlertsDir => Path.Combine(Root, "alerts");

    public string ReportsDir => Path.Combine(Root, "reports");

    public string QuarantineDir => Path.Combine(Root, "quarantine");

    /// <summary>Intermediate files between stages; not versioned.</summary>
    public string WorkDir => Path.Combine(Root, "work");

    public static string TableFileName(DataTable table) => DataTables.Name(table);

    public string Raw(DataTable table) => Path.Combine(RawDir, TableFileName(table) + ".parquet");

    public string RawManifest(DataTable table) => Path.Combine(RawDir, TableFileName(table) + ".manifest.json");

    public string Validated(DataTable table) => Path.Combine(WorkDir, "validated", TableFileName(table) + ".parquet");

    public string Processed(DataTable table) => Path.Combine(ProcessedDir, TableFileName(table) + ".parquet");

    public string ProcessedCsv(DataTable table) => Path.Combine(ProcessedDir, TableFileName(table) + ".csv");

    /// <summary>Quarantine of one stage for one table (Parquet; a CSV twin sits beside it when --csv is on).</summary>
    public string Quarantine(string stage, DataTable table)
        => Path.Combine(QuarantineDir, $"{stage}-{TableFileName(table)}.parquet");

    /// <summary>One forecast per household item (the anomaly stage writes it beside the processed tables).</summary>
    public string ForecastParquet => Path.Combine(ProcessedDir, "forecast.parquet");

    public string AlertsCsv => Path.Combine(AlertsDir, "alerts.csv");

    public string AlertsParquet => Path.Combine(AlertsDir, "alerts.parquet");

    public string ValidationResult(DataTable table)
        => Path.Combine(ReportsDir, "validation", $"{TableFileName(table)}.json");

    public string ValidationSummaryCsv => Path.Combine(ReportsDir, "validation_summary.csv");

    public string ValidationHtml => Path.Combine(ReportsDir, "validation.html");

    public string RunReport => Path.Combine(ReportsDir, "run-report.json");
}
