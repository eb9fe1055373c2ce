using PantryPilot.Contracts.DataPipeline;

namespace PantryPilot.Workflows.DataPipeline;

/// <summary>How each stage's activities run (timeouts, retries): defined once, used by the Temporal workflow and the
/// in-process run.</summary>
public static class DataPipelineStages
{
    private static readonly string[] BadData = [FailureTypes.BadInput, "ArgumentException", "FormatException"];

    public static readonly StageSpec Ingest = new(StageNames.Ingest, TimeSpan.FromMinutes(60), TimeSpan.FromMinutes(1), 5, BadData);

    public static readonly StageSpec Validate = new(StageNames.Validate, TimeSpan.FromMinutes(60), TimeSpan.FromMinutes(1), 3, BadData);

    public static readonly StageSpec Transform = new(StageNames.Transform, TimeSpan.FromMinutes(60), TimeSpan.FromMinutes(1), 3, BadData);

    public static readonly StageSpec DetectAnomalies = new(StageNames.DetectAnomalies, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(1), 3, BadData);

    public static readonly StageSpec VersionData = new(StageNames.Version, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(1), 5, BadData);

    /// <summary>Reports and the run report: small, quick, retried generously.</summary>
    public static readonly StageSpec Report = new(StageNames.Report, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(1), 5, BadData);

    /// <summary>Every stage spec, in business order, reports last.</summary>
    public static readonly IReadOnlyList<StageSpec> All = [Ingest, Validate, Transform, DetectAnomalies, VersionData, Report];
}
