namespace PantryPilot.Contracts.DataPipeline;

/// <param name="SnapshotId">Content address of the snapshot manifest; the same data gives the same id.</param>
/// <param name="NewObjects">Objects stored by this snapshot (0 when nothing changed).</param>
public sealed record SnapshotOutput(string SnapshotId, int Files, int NewObjects, long NewBytes, bool Pushed);
