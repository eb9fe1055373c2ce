namespace PantryPilot.Activities.Versioning;

/// <summary>One line of <c>.pantry/log.jsonl</c>.</summary>
public sealed record LogEntry(
    string Action,
    string SnapshotId,
    string? Parent,
    string Message,
    DateTimeOffset At,
    int Files,
    int NewObjects,
    long NewBytes);
