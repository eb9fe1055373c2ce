namespace PantryPilot.Contracts.DataPipeline;

/// <summary>Input of the sensor workflow; also its continue-as-new state.</summary>
/// <param name="Template">The run each triggered day uses; its RunId and AsOf are replaced per day (<see
/// cref="PipelineRun.For"/>).</param>
/// <param name="MaxRunsPerExecution">Continue-as-new after this many child runs, so history stays bounded.</param>
/// <param name="Succeeded">Days whose run succeeded (dedupe), carried across continue-as-new; only the latest are kept.
/// A day whose run failed is not here: a later signal for it runs it again.</param>
/// <param name="Pending">Requests received but not yet handled when the previous execution continued as new.</param>
/// <param name="Rejected">Malformed signals dropped so far (carried so the count survives continue-as-new).</param>
/// <param name="MaxSignalsPerExecution">Release 2: continue-as-new after this many signals of any kind (duplicates and
/// malformed ones too, which never start a run), so a stream of them cannot grow the history without bound.</param>
public sealed record PantrySensorInput(
    PipelineRun Template,
    int MaxRunsPerExecution = 50,
    IReadOnlyList<DateOnly>? Succeeded = null,
    IReadOnlyList<SensorRequest>? Pending = null,
    int Rejected = 0,
    int MaxSignalsPerExecution = 500);
