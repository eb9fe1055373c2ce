namespace PantryPilot.Activities.Pipeline;

/// <summary>Where a pipeline run reads its data from.</summary>
public enum SourceKind
{
    /// <summary>Freshly generated, deterministic for a seed (the embedded default: no database needed).</summary>
    Synthetic,

    /// <summary>The PostgreSQL tables <c>inventory</c>, <c>purchase_history</c>, <c>receipts</c> (DATABASE_URL).</summary>
    Postgres,

    /// <summary>CSV files in the original system's layouts.</summary>
    Csv,
}

/// <summary>What a failing expectation suite does to the run.</summary>
public enum ValidationPolicy
{
    /// <summary>Use the policy stored in the suite's meta (<c>meta.pantrypilot.on_failure</c>), else quarantine.</summary>
    Suite,

    /// <summary>A failed suite ends the run with a non-retryable failure.</summary>
    Stop,

    /// <summary>Rows that fail a row-level expectation are quarantined with the reason; the run goes on.</summary>
    Quarantine,
}

/// <summary>Options of the synthetic source (and of <c>pantrypilot generate</c>).</summary>
public sealed record SyntheticOptions(int Users = 200, int ItemsPerUser = 25, int PurchasesPerUser = 60, int Seed = 42, double FaultRate = 0);

/// <summary>Paths of the original system's CSV files (receipts: a folder of CORD v2 JSON files, optional).</summary>
public sealed record CsvSource(string InventoryCsv, string PurchasesCsv, string? ReceiptsDir = null);

/// <summary>Everything every stage of one run needs to know. Small and serialisable: it travels in Temporal payloads.
/// Secrets (the database connection) never travel here; activities take them from configuration.</summary>
/// <param name="RunId">Stable id of the run; output paths are keyed by it so a retried activity rewrites the same files.</param>
/// <param name="DataDir">Root of raw/, processed/, alerts/, reports/, quarantine/ (shared storage for all workers).</param>
/// <param name="AsOf">The date alerts are judged against (yyyy-MM-dd), so runs are reproducible.</param>
/// <param name="Strict">A header that looks like a misspelling of a layout column fails the run instead of warning.</param>
/// <param name="AllowEmpty">An empty source table is accepted; without it, a table with no rows fails the run.</param>
public sealed record PipelineRun(
    string RunId,
    string DataDir,
    string AsOf,
    SourceKind Source,
    SyntheticOptions? Synthetic = null,
    CsvSource? Csv = null,
    ValidationPolicy Policy = ValidationPolicy.Suite,
    int ExpiringWithinDays = 3,
    string? SuitesDir = null,
    bool WriteCsv = false,
    bool Strict = false,
    bool AllowEmpty = false)
{
    public DateOnly AsOfDate => DateOnly.ParseExact(AsOf, "yyyy-MM-dd");
}

/// <summary>The tables the pipeline moves.</summary>
public enum DataTable
{
    Inventory,
    Purchases,
    Receipts,
}
