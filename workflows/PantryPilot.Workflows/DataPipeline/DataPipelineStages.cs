using PantryPilot.Activities.Pipeline;

namespace PantryPilot.Workflows.DataPipeline;

/// <summary>The stages of the data pipeline, in order: defined once, used by the Temporal workflow and the in-process run.</summary>
public static class DataPipelineStages
{
    /// <summary>The failure type a failed suite raises under the "stop" policy.</summary>
    public const string ValidationFailedType = "ValidationFailed";

    private static readonly string[] BadData = [nameof(BadInputException), "ArgumentException", "FormatException"];

    public static readonly StageSpec Ingest = new("ingest", TimeSpan.FromMinutes(60), TimeSpan.FromMinutes(1), 5, BadData);

    public static readonly StageSpec Validate = new("validate", TimeSpan.FromMinutes(60), TimeSpan.FromMinutes(1), 3, BadData);

    public static readonly StageSpec Transform = new("transform", TimeSpan.FromMinutes(60), TimeSpan.FromMinutes(1), 3, BadData);

    public static readonly StageSpec DetectAnomalies = new("detect-anomalies", TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(1), 3, BadData);

    public static readonly StageSpec VersionData = new("version", TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(1), 5, BadData);

    /// <summary>Reports and the run report: small, quick, retried generously.</summary>
    public static readonly StageSpec Report = new("report", TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(1), 5, BadData);

    /// <summary>The business order of the flow (reports ride along with the stage they describe).</summary>
    public static readonly IReadOnlyList<StageSpec> Order = [Ingest, Validate, Transform, DetectAnomalies, VersionData];

    /// <summary>Tables that go through every stage; receipts are ingested and versioned.</summary>
    public static readonly IReadOnlyList<DataTable> ValidatedTables = [DataTable.Inventory, DataTable.Purchases];

    public static readonly IReadOnlyList<DataTable> IngestedTables = [DataTable.Inventory, DataTable.Purchases, DataTable.Receipts];
}
