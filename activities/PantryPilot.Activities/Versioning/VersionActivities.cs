using PantryPilot.Activities.Pipeline;
using Temporalio.Activities;

namespace PantryPilot.Activities.Versioning;

public sealed record SnapshotInput(PipelineRun Run, string Message);

/// <param name="SnapshotId">Content address of the snapshot manifest; the same data gives the same id.</param>
/// <param name="NewObjects">Objects stored by this snapshot (0 when nothing changed).</param>
public sealed record SnapshotOutput(string SnapshotId, int Files, int NewObjects, long NewBytes, bool Pushed);

/// <summary>Content-addressed snapshot of raw/, processed/ and alerts/ (like DVC), pushed to the configured remote.</summary>
public class VersionActivities
{
    [Activity]
    public Task<SnapshotOutput> SnapshotAsync(SnapshotInput input) => throw new NotImplementedException("version");
}
