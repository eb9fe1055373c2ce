using PantryPilot.Contracts.DataPipeline;

namespace PantryPilot.Activities.Pipeline;

/// <summary>The one place that decides where each stage writes. Paths are deterministic per table and stage,
/// so a re-run (or a retried activity) overwrites instead of duplicating.</summary>
public sealed class DataPaths(string dataDir)
{
    public string Root { get; } = Path.GetFullPath(dataDir);

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
    public string Quarantine(string stage, DataTable table) => Path.Combine(QuarantineDir, $"{stage}-{TableFileName(table)}.parquet");

    public string AlertsCsv => Path.Combine(AlertsDir, "alerts.csv");

    public string AlertsParquet => Path.Combine(AlertsDir, "alerts.parquet");

    public string ValidationResult(DataTable table) => Path.Combine(ReportsDir, "validation", $"{TableFileName(table)}.json");

    public string ValidationSummaryCsv => Path.Combine(ReportsDir, "validation_summary.csv");

    public string ValidationHtml => Path.Combine(ReportsDir, "validation.html");

    public string RunReport => Path.Combine(ReportsDir, "run-report.json");
}
