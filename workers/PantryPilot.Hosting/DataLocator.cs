using Microsoft.Extensions.Configuration;

namespace PantryPilot.Hosting;

/// <summary>How a client turns the paths an operator typed into locations for a payload.</summary>
public abstract class DataLocator
{
    /// <summary>In-process runs (and `pipeline run --temporal`, whose worker is this process): the full local
    /// path.</summary>
    public static DataLocator Local { get; } = new LocalLocator();

    /// <summary>Runs that workers elsewhere execute: a location relative to the workers' data root. A relative path is
    /// kept (it must stay inside the root); an absolute one is translated when it lies under
    /// <paramref name="clientDataRoot"/> (this machine's PANTRYPILOT_DATA_ROOT, where it mounts the same data), and
    /// refused otherwise.</summary>
    public static DataLocator ForWorkers(string? clientDataRoot) => new WorkerLocator(clientDataRoot);

    /// <summary>The location to put in the payload for <paramref name="path"/>, typed for <paramref name="option"/>;
    /// throws <see cref="ArgumentException"/> with a message for the operator.</summary>
    public abstract string Locate(string path, string option);

    private sealed class LocalLocator : DataLocator
    {
        public override string Locate(string path, string option) => Path.GetFullPath(path);
    }

    private sealed class WorkerLocator(string? clientDataRoot) : DataLocator
    {
        public override string Locate(string path, string option)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(path);
            if (!Path.IsPathRooted(path))
            {
                return Inside(path, option, path);
            }

            if (clientDataRoot is null)
            {
                throw new ArgumentException(
                    $"{option} '{path}' is a path on this machine, but workers resolve data locations against their "
                    + $"own {DataRootOptions.Key}: give it relative to the workers' data root (e.g. {option} data), "
                    + $"or set {DataRootOptions.Key} here to the folder where this machine mounts the same data so it "
                    + "can be translated");
            }

            var root = Path.GetFullPath(clientDataRoot);
            var relative = Path.GetRelativePath(root, Path.GetFullPath(path));
            if (Path.IsPathRooted(relative)
                || relative == ".."
                || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"{option} '{path}' is not under {DataRootOptions.Key} '{clientDataRoot}', "
                    + "so no worker can find it there; put the data under the data root");
            }

            return Inside(relative, option, path);
        }

        private static string Inside(string relative, string option, string typed)
        {
            // Normalise against a stand-in root to catch "a/../../b" while keeping the location relative.
            var probe = Path.Combine(Path.GetTempPath(), "pantrypilot-root-probe");
            var full = Path.GetFullPath(Path.Combine(probe, relative));
            var inside = Path.GetRelativePath(probe, full);
            if (inside == ".." || inside.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"{option} '{typed}' leaves the workers' data root ({DataRootOptions.Key}); "
                    + "give a location inside it");
            }

            return inside.TrimEnd(Path.DirectorySeparatorChar).Replace(Path.DirectorySeparatorChar, '/');
        }
    }
}
