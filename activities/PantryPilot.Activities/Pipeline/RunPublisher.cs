using PantryPilot.Contracts.DataPipeline;

namespace PantryPilot.Activities.Pipeline;

/// <summary>Moves a run's staging folder into the data directory: each output folder (raw/, processed/, alerts/,
/// quarantine/, reports/, work/) is replaced as a whole by rename, within one file system (no data is copied). Folders
/// of an earlier run that this run did not produce are removed, so nothing stale is published or snapshotted.
/// Publishing twice is a no-op (the staging folder is gone after the first), so a retried activity is safe.</summary>
public static class RunPublisher
{
    /// <summary>Publishes <paramref name="run"/>'s staging folder if it is still there; returns whether it was.</summary>
    public static bool Publish(PipelineRun run)
    {
        var staging = DataPaths.StagingOf(run);
        if (!Directory.Exists(staging))
        {
            return false;
        }

        var root = Path.GetFullPath(run.DataDir);
        var old = staging + ".old";
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }

        Directory.CreateDirectory(old);
        foreach (var folder in DataPaths.OutputFolders)
        {
            var published = Path.Combine(root, folder);
            var fresh = Path.Combine(staging, folder);
            if (Directory.Exists(published))
            {
                Directory.Move(published, Path.Combine(old, folder));
            }

            if (Directory.Exists(fresh))
            {
                Directory.Move(fresh, published);
            }
        }

        Directory.Delete(staging, recursive: true);
        Directory.Delete(old, recursive: true);
        return true;
    }

    /// <summary>Removes what interrupted runs left: every staging folder (but <paramref name="keep"/>, the caller's own,
    /// which its sibling activities may be writing already) and every <c>*.tmp</c> file of an atomic writer under the
    /// data directory. Only call it while holding the folder's <see cref="DataFolderLock"/>. Returns the paths removed
    /// (relative), for the message.</summary>
    public static IReadOnlyList<string> CleanLeftovers(string dataDir, string? keep = null)
    {
        var root = Path.GetFullPath(dataDir);
        var removed = new List<string>();
        var staging = Path.Combine(root, DataPaths.StagingFolder);
        if (Directory.Exists(staging))
        {
            foreach (var dir in Directory.EnumerateDirectories(staging).ToArray())
            {
                if (keep is not null && string.Equals(Path.GetFullPath(dir), Path.GetFullPath(keep), StringComparison.Ordinal))
                {
                    continue;
                }

                DeleteTree(dir);
                removed.Add(Path.GetRelativePath(root, dir) + "/");
            }
        }

        if (Directory.Exists(root))
        {
            foreach (var folder in DataPaths.OutputFolders.Append(".pantry"))
            {
                var dir = Path.Combine(root, folder);
                if (!Directory.Exists(dir))
                {
                    continue;
                }

                foreach (var temp in Directory.EnumerateFiles(dir, "*.tmp", SearchOption.AllDirectories).ToArray())
                {
                    File.Delete(temp);
                    removed.Add(Path.GetRelativePath(root, temp));
                }
            }
        }

        return removed;
    }

    /// <summary>Deletes a folder, tolerating that a writer being cancelled removes or adds files meanwhile.</summary>
    public static void DeleteTree(string directory)
    {
        for (var attempt = 0; attempt < 3 && Directory.Exists(directory); attempt++)
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(50); // a file appeared or vanished mid-walk; the next pass sees the tree as it is now
            }
        }
    }
}
