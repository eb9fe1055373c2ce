namespace PantryPilot.Activities.Versioning;

/// <summary>Where a long versioning step is: reported per file so activities can heartbeat and the CLI can draw
/// progress.</summary>
public sealed record VersionProgress(string Step, int Done, int Total, string? Current = null);
