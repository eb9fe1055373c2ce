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
