namespace PantryPilot.Activities.Versioning;

/// <summary>Working files compared with HEAD's manifest (paths relative, forward slashes).</summary>
public sealed record WorkingStatus(
    string? Head,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Modified,
    IReadOnlyList<string> Deleted,
    IReadOnlyList<string> Unchanged)
{
    public bool IsClean => Added.Count == 0 && Modified.Count == 0 && Deleted.Count == 0;
}

/// <summary>One line of <c>.pantry/log.jsonl</c>.</summary>
public sealed record LogEntry(string Action, string SnapshotId, string? Parent, string Message, DateTimeOffset At, int Files, int NewObjects, long NewBytes);

/// <summary>What a snapshot did. <see cref="NewObjects"/> is 0 when the data did not change.</summary>
public sealed record SnapshotResult(SnapshotManifest Manifest, int NewObjects, long NewBytes, bool Unchanged);

/// <summary>What a checkout changed in the working tree.</summary>
public sealed record CheckoutResult(string SnapshotId, int Restored, int Removed, int Unchanged);
