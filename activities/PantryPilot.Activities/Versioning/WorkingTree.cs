namespace PantryPilot.Activities.Versioning;

/// <summary>The versioned part of a data directory: every file under raw/, processed/ and alerts/.</summary>
public static class WorkingTree
{
    public static readonly IReadOnlyList<string> TrackedDirs = ["raw", "processed", "alerts"];

    /// <summary>Relative paths (forward slashes), ordinal order. Temp files of atomic writers in flight are
    /// skipped.</summary>
    public static IReadOnlyList<string> ListFiles(string dataDir)
    {
        var files = new List<string>();
        foreach (var dir in TrackedDirs)
        {
            var root = Path.Combine(dataDir, dir);
            if (!Directory.Exists(root))
            {
                continue;
            }

            files.AddRange(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".tmp", StringComparison.Ordinal))
                .Select(f => ToRelative(dataDir, f)));
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    public static string ToRelative(string dataDir, string fullPath)
        => Path.GetRelativePath(dataDir, fullPath).Replace('\\', '/');

    /// <summary>Full path of a manifest path, refusing any path that would leave the tracked folders.</summary>
    public static string ToFull(string dataDir, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(dataDir, relative));
        var inside = TrackedDirs.Any(
            d => full.StartsWith(Path.Combine(dataDir, d) + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        if (!inside)
        {
            throw new CorruptObjectException($"manifest path '{relative}' is outside raw/, processed/ and alerts/");
        }

        return full;
    }
}
