using System.Text.Json;
using PantryPilot.Contracts.DataPipeline;

namespace PantryPilot.Activities.Pipeline;

/// <summary>Moves a run's staging folder into the data directory: each output folder (raw/, processed/, alerts/,
/// quarantine/, reports/, work/) is replaced as a whole by rename, within one file system (no data is copied). Folders
/// of an earlier run that this run did not produce are removed, so nothing stale is published or snapshotted.
///
/// Publishing rolls forward: before the first rename it writes a journal (<c>.staging/&lt;run&gt;.publish.json</c>,
/// atomically) naming the folders this run produced. Every step after that is idempotent, and a publish that finds a
/// journal finishes that publish instead of planning a new one. So a worker killed between any two renames leaves a
/// state that the retry (or the next run to take the folder) completes exactly as an uninterrupted publish would have;
/// without the journal, a retry could not tell a folder it had already published from one it should remove.</summary>
public static class RunPublisher
{
    private const string JournalSuffix = ".publish.json";

    /// <summary>Publishes <paramref name="run"/>'s staging folder; returns whether there was anything to
    /// publish.</summary>
    /// <param name="afterStep">Told after each rename or delete (fault-injection tests stop the publish there).</param>
    public static bool Publish(PipelineRun run, Action<string>? afterStep = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        var staging = DataPaths.StagingOf(run);
        var journal = staging + JournalSuffix;
        if (File.Exists(journal))
        {
            RollForward(journal, afterStep);
            return true;
        }

        if (!Directory.Exists(staging))
        {
            return false;
        }

        DeleteTree(staging + ".old"); // garbage of a publish that ended without its journal: nothing refers to it
        var fresh = DataPaths.OutputFolders.Where(f => Directory.Exists(Path.Combine(staging, f))).ToArray();
        WriteJournal(journal, new PublishJournal(Path.GetFullPath(run.DataDir), staging, fresh));
        afterStep?.Invoke("journal written");
        RollForward(journal, afterStep);
        return true;
    }

    /// <summary>Finishes <paramref name="run"/>'s publish if one was interrupted (its journal is there): call before
    /// writing anything the staging folder might still be in the middle of publishing.</summary>
    public static void FinishInterrupted(PipelineRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var journal = DataPaths.StagingOf(run) + JournalSuffix;
        if (File.Exists(journal))
        {
            RollForward(journal, null);
        }
    }

    /// <summary>Completes the publish a journal describes. With the staging folder there: each folder this run produced
    /// replaces the published one unless it already did (the staging copy is gone), each folder it did not produce is
    /// removed; then the old copies, the staging folder and the journal go, in that order. With the staging folder gone
    /// (every folder moved and only the clean-up left, or the folder deleted by someone else), no published folder is
    /// touched, except that a folder of this run found only among the old copies is put back.</summary>
    private static void RollForward(string journalPath, Action<string>? afterStep)
    {
        var journal = JsonSerializer.Deserialize<PublishJournal>(File.ReadAllText(journalPath))
            ?? throw new InvalidDataException($"{journalPath} is not a publish journal");
        var old = journal.Staging + ".old";
        var stagingThere = Directory.Exists(journal.Staging);
        foreach (var folder in DataPaths.OutputFolders)
        {
            var published = Path.Combine(journal.Root, folder);
            var retired = Path.Combine(old, folder);
            var fresh = Path.Combine(journal.Staging, folder);
            var produced = journal.Fresh.Contains(folder, StringComparer.Ordinal);
            if (!stagingThere)
            {
                if (produced && !Directory.Exists(published) && Directory.Exists(retired))
                {
                    Move(retired, published, afterStep);
                }

                continue;
            }

            if (produced && !Directory.Exists(fresh))
            {
                continue; // published already by the interrupted attempt
            }

            if (Directory.Exists(published))
            {
                Directory.CreateDirectory(old);
                Move(published, retired, afterStep);
            }

            if (produced)
            {
                Move(fresh, published, afterStep);
            }
        }

        Delete(old, afterStep);
        Delete(journal.Staging, afterStep);
        File.Delete(journalPath);
        afterStep?.Invoke("journal deleted");
    }

    private static void Move(string from, string to, Action<string>? afterStep)
    {
        Directory.Move(from, to);
        afterStep?.Invoke($"moved {from} to {to}");
    }

    private static void Delete(string directory, Action<string>? afterStep)
    {
        if (Directory.Exists(directory))
        {
            DeleteTree(directory);
            afterStep?.Invoke($"deleted {directory}");
        }
    }

    private static void WriteJournal(string path, PublishJournal journal)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(journal));
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Removes what interrupted runs left: it first finishes any interrupted publish (its journal), then
    /// removes every staging folder (but <paramref name="keep"/>, the caller's own, which its sibling activities may be
    /// writing already) and every <c>*.tmp</c> file of an atomic writer under the data directory. Only call it while
    /// holding the folder's <see cref="DataFolderLock"/>. Returns the paths removed (relative), for the
    /// message.</summary>
    public static IReadOnlyList<string> CleanLeftovers(string dataDir, string? keep = null)
    {
        var root = Path.GetFullPath(dataDir);
        var removed = new List<string>();
        var staging = Path.Combine(root, DataPaths.StagingFolder);
        if (Directory.Exists(staging))
        {
            foreach (var journal in Directory.EnumerateFiles(staging, "*" + JournalSuffix).ToArray())
            {
                RollForward(journal, null);
                removed.Add(Path.GetRelativePath(root, journal) + " (publish finished)");
            }

            foreach (var dir in Directory.EnumerateDirectories(staging).ToArray())
            {
                if (keep is not null
                    && string.Equals(Path.GetFullPath(dir), Path.GetFullPath(keep), StringComparison.Ordinal))
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
