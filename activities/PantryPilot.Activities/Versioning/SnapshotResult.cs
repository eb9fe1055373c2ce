namespace PantryPilot.Activities.Versioning;

/// <summary>What a snapshot did. <see cref="NewObjects"/> is 0 when the data did not change.</summary>
public sealed record SnapshotResult(SnapshotManifest Manifest, int NewObjects, long NewBytes, bool Unchanged);
