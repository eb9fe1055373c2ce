using PantryPilot.Activities.Pipeline;
using Temporalio.Activities;

namespace PantryPilot.Activities.Transform;

public sealed record TransformInput(PipelineRun Run, DataTable Table, string ValidPath);

public sealed record TransformOutput(DataTable Table, string ProcessedPath, string? QuarantinePath, StageCounts Counts);

/// <summary>Canonical units (g, ml, pcs), derived columns; unconvertible rows quarantined with a reason.</summary>
public class TransformActivities
{
    [Activity]
    public Task<TransformOutput> TransformAsync(TransformInput input) => throw new NotImplementedException("transform");
}
