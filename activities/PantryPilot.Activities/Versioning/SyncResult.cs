namespace PantryPilot.Activities.Versioning;

/// <summary>What a push or pull moved.</summary>
public sealed record SyncResult(string SnapshotId, int Objects, long Bytes, int AlreadyThere);
