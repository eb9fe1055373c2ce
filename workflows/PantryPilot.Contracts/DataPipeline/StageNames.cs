namespace PantryPilot.Contracts.DataPipeline;

/// <summary>Stage names as progress, row accounting, quarantine file names and the run report spell them.</summary>
public static class StageNames
{
    public const string Ingest = "ingest";
    public const string Validate = "validate";
    public const string Transform = "transform";
    public const string DetectAnomalies = "detect-anomalies";
    public const string Version = "version";

    /// <summary>Reports ride along with the stage they describe; not a stage of the progress list.</summary>
    public const string Report = "report";

    /// <summary>The business order of the flow.</summary>
    public static readonly IReadOnlyList<string> Order = [Ingest, Validate, Transform, DetectAnomalies, Version];
}
