namespace PantryPilot.Domain.Storage;

/// <summary>The folder a process resolves data locations against. Workflow payloads carry locations relative to the
/// workers' data root (never the starting machine's path); an activity turns each one into a full path here, at its
/// boundary, so nothing depends on the process's working directory and two roots can live in one process.
/// A worker's root (<see cref="ForWorker"/>) refuses a location that leaves it; a local run's root
/// (<see cref="ForLocalRun"/>) resolves relative locations under the operator's working directory and keeps the full
/// paths the operator typed, wherever they point, as an in-process run always has.</summary>
public sealed class DataRoot
{
    private DataRoot(string fullPath, bool confined)
    {
        FullPath = fullPath;
        Confined = confined;
    }

    /// <summary>The root as a full path, without a trailing separator (unless it is the file system's root).</summary>
    public string FullPath { get; }

    /// <summary>True for a worker's root: every location must stay inside it.</summary>
    public bool Confined { get; }

    /// <summary>A worker's root: <paramref name="root"/> (made full against the working directory at start) must be
    /// an existing folder; locations leaving it are refused.</summary>
    public static DataRoot ForWorker(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        var full = Normalise(Path.GetFullPath(root));
        if (!Directory.Exists(full))
        {
            throw new DirectoryNotFoundException($"data root '{root}' is not an existing folder");
        }

        return new DataRoot(full, confined: true);
    }

    /// <summary>An in-process run's root: the operator's working directory; the paths the operator typed (already
    /// full) are kept as they are.</summary>
    public static DataRoot ForLocalRun(string workingDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workingDirectory);
        return new DataRoot(Normalise(Path.GetFullPath(workingDirectory)), confined: false);
    }

    /// <summary>The full path of <paramref name="location"/>: a relative location resolves under the root; a full
    /// one is kept. Throws <see cref="DataLocationException"/> naming the location when it is empty, or when this is
    /// a worker's root and the location leaves it (<c>../x</c>, or a full path elsewhere).</summary>
    public string Resolve(string location)
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            throw new DataLocationException(location ?? string.Empty, "a data location is empty");
        }

        var full = Path.GetFullPath(location, FullPath);
        if (Confined && !Contains(full))
        {
            throw new DataLocationException(
                location,
                $"data location '{location}' leaves the data root '{FullPath}'; give a location inside it");
        }

        return full;
    }

    /// <summary><see cref="Resolve"/> for an optional location: null stays null.</summary>
    public string? ResolveOptional(string? location) => location is null ? null : Resolve(location);

    /// <summary>The location to hand back in a payload for <paramref name="fullPath"/>, a path this root resolved (or
    /// one derived from it): relative to a worker's root (with '/'), so a worker that mounts the data elsewhere finds
    /// it under its own root; unchanged for a local run, and for a path outside the root.</summary>
    public string Locate(string fullPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullPath);
        if (!Confined || !Path.IsPathFullyQualified(fullPath))
        {
            return fullPath;
        }

        var full = Path.GetFullPath(fullPath);
        return Contains(full)
            ? Path.GetRelativePath(FullPath, full).Replace(Path.DirectorySeparatorChar, '/')
            : fullPath;
    }

    /// <summary><see cref="Locate"/> for an optional path: null stays null.</summary>
    public string? LocateOptional(string? fullPath) => fullPath is null ? null : Locate(fullPath);

    private bool Contains(string full)
    {
        if (string.Equals(full, FullPath, StringComparison.Ordinal))
        {
            return true;
        }

        var prefix = Path.EndsInDirectorySeparator(FullPath) ? FullPath : FullPath + Path.DirectorySeparatorChar;
        return full.StartsWith(prefix, StringComparison.Ordinal);
    }

    private static string Normalise(string full)
        => Path.GetPathRoot(full) == full ? full : Path.TrimEndingDirectorySeparator(full);
}
