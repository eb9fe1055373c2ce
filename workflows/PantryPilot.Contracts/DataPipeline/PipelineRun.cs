namespace PantryPilot.Contracts.DataPipeline;

/// <summary>One pipeline run, end to end: the CLI builds it, <c>DataPipelineWorkflow</c> takes it as its input and
/// every activity receives it. Small and serialisable; nothing on it computes or parses (a bad value cannot throw
/// while a payload is serialised inside workflow code). Secrets (the database connection) never travel here;
/// activities take them from configuration.</summary>
/// <param name="RunId">Stable id of the run (pantry-pipeline-&lt;as-of&gt;, the workflow id on Temporal).</param>
/// <param name="DataDir">Root of raw/, processed/, alerts/, reports/, quarantine/ on storage every worker shares. On
/// Temporal a location relative to the workers' data root (PANTRYPILOT_DATA_ROOT, resolved by each worker), never the
/// starting machine's path; in an in-process run the full local path. Likewise <see cref="SuitesDir"/> and
/// <see cref="Csv"/>.</param>
/// <param name="AsOf">The day alerts are judged against, so runs are reproducible (JSON: "yyyy-MM-dd").</param>
/// <param name="Strict">A header that looks like a misspelling of a layout column fails the run instead of
/// warning.</param>
/// <param name="AllowEmpty">An empty source table is accepted; without it, a table with no rows fails the run.</param>
/// <param name="Owner">Set by <c>DataPipelineWorkflow</c> to its own workflow id and run id: its first activities
/// claim <paramref name="DataDir"/> for it, the later ones check they still own it, the last publishes and releases it.
/// Null in an in-process run, whose process holds the folder lock itself.</param>
public sealed record PipelineRun(
    string RunId,
    string DataDir,
    DateOnly AsOf,
    SourceKind Source,
    SyntheticOptions? Synthetic = null,
    CsvSource? Csv = null,
    ValidationPolicy Policy = ValidationPolicy.Suite,
    int ExpiringWithinDays = 3,
    string? SuitesDir = null,
    bool WriteCsv = false,
    bool Strict = false,
    bool AllowEmpty = false,
    FolderOwner? Owner = null)
{
    /// <summary>The run for <paramref name="asOf"/> of this template: its id is the day's workflow id.</summary>
    public PipelineRun For(DateOnly asOf) => this with { AsOf = asOf, RunId = WorkflowIds.Pipeline(asOf) };
}
