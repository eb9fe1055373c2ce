using PantryPilot.Activities.Pipeline;

namespace PantryPilot.Workflows.DataPipeline;

/// <summary>Input of <see cref="DataPipelineWorkflow"/>: small and serialisable (paths and options, never data).</summary>
/// <param name="AsOf">yyyy-MM-dd; null means "today" as the workflow sees it (<c>Workflow.UtcNow</c>, replay-safe).</param>
/// <param name="RunId">Defaults to pantry-pipeline-&lt;as-of&gt;, which keys the output paths.</param>
public sealed record DataPipelineInput(
    SourceKind Source,
    string DataDir,
    string? AsOf = null,
    ValidationPolicy Policy = ValidationPolicy.Suite,
    SyntheticOptions? Synthetic = null,
    CsvSource? Csv = null,
    int ExpiringWithinDays = 3,
    string? SuitesDir = null,
    bool WriteCsv = false,
    string? RunId = null)
{
    /// <summary>The input that starts the same run the in-process path would make.</summary>
    public static DataPipelineInput From(PipelineRun run) =>
        new(run.Source, run.DataDir, run.AsOf, run.Policy, run.Synthetic, run.Csv, run.ExpiringWithinDays, run.SuitesDir, run.WriteCsv, run.RunId);

    public PipelineRun ToRun(string asOf) =>
        new(RunId ?? WorkflowIds.Pipeline(asOf), DataDir, asOf, Source, Synthetic, Csv, Policy, ExpiringWithinDays, SuitesDir, WriteCsv);
}

/// <summary>Output of <see cref="DataPipelineWorkflow"/>: the run's summary (row counts per stage and table,
/// validation outcomes, alert counts, snapshot id, output paths).</summary>
public sealed record DataPipelineOutput(PipelineSummary Summary);

/// <summary>Signal of <see cref="PantrySensorWorkflow"/>: new data landed for a day.</summary>
/// <param name="AsOf">yyyy-MM-dd the data is for; null means the sensor's today.</param>
/// <param name="Source">Where the pipeline reads it from (e.g. postgres after a load, csv for dropped files).</param>
public sealed record NewDataArrivedSignal(string? AsOf = null, string? Note = null);

/// <summary>Input of <see cref="PantrySensorWorkflow"/>; also its continue-as-new state.</summary>
/// <param name="Template">The pipeline input each triggered run uses (its as-of comes from the signal).</param>
/// <param name="MaxRunsPerExecution">Continue-as-new after this many child runs, so history stays bounded.</param>
/// <param name="SeenAsOf">Days already run (dedupe), carried across continue-as-new; only the latest are kept.</param>
/// <param name="Pending">Signals received but not yet handled when the previous execution continued as new.</param>
public sealed record PantrySensorInput(
    DataPipelineInput Template,
    int MaxRunsPerExecution = 50,
    IReadOnlyList<string>? SeenAsOf = null,
    IReadOnlyList<NewDataArrivedSignal>? Pending = null);

/// <summary>What the sensor has done, as its query shows it.</summary>
public sealed record PantrySensorStatus(int RunsThisExecution, IReadOnlyList<string> SeenAsOf, int Pending, string? LastRunId, string? LastOutcome);

/// <summary>Workflow ids used by the CLI, the schedule and the sensor.</summary>
public static class WorkflowIds
{
    public const string Sensor = "pantry-sensor";

    public const string Schedule = "pantry-pipeline-daily";

    public static string Pipeline(string asOf) => $"pantry-pipeline-{asOf}";
}
