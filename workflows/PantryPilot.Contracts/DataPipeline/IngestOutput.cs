namespace PantryPilot.Contracts.DataPipeline;

/// <param name="RawPath">raw/&lt;table&gt;.parquet</param>
/// <param name="ManifestPath">raw/&lt;table&gt;.manifest.json: rows, schema, content hash.</param>
public sealed record IngestOutput(
    DataTable Table,
    string RawPath,
    string ManifestPath,
    string ContentHash,
    StageCounts Counts,
    string? QuarantinePath);
