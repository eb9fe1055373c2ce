using PantryPilot.Activities.Pipeline;
using Temporalio.Activities;

namespace PantryPilot.Activities.Ingest;

public sealed record IngestInput(PipelineRun Run, DataTable Table);

/// <param name="RawPath">raw/&lt;table&gt;.parquet</param>
/// <param name="ManifestPath">raw/&lt;table&gt;.manifest.json: rows, schema, content hash.</param>
public sealed record IngestOutput(DataTable Table, string RawPath, string ManifestPath, string ContentHash, StageCounts Counts, string? QuarantinePath);

/// <summary>Snapshots one source table into raw/ as Parquet, streaming in row groups.</summary>
public class IngestActivities
{
    [Activity]
    public Task<IngestOutput> IngestAsync(IngestInput input) => throw new NotImplementedException("ingest");
}
