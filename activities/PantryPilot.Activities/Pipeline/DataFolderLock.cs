using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PantryPilot.Contracts.DataPipeline;

namespace PantryPilot.Activities.Pipeline;

/// <summary>One run owns a data folder: the lock file is created exclusively (O_CREAT|O_EXCL), so of two processes
/// exactly one wins. A lock whose holder is a dead process on this host is stale: it is taken over, with a message.
/// A process lock from another host cannot be checked and is never taken over (remove it by hand when that host is
/// gone). A lock held by a workflow run is stale once no activity of that run has touched it for
/// <see cref="WorkflowLease"/> (<see cref="FolderOwnership"/> touches it at every activity); a client that can ask the
/// server whether that run is still running may take it over sooner (<see cref="TakeOverEnded"/>).</summary>
public sealed class DataFolderLock : IDisposable
{
    public const string FileName = ".pantrypilot.lock";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true
    };

    private readonly string path;
    private bool released;

    private DataFolderLock(string path, LockHolder holder)
    {
        this.path = path;
        Holder = holder;
    }

    public LockHolder Holder { get; }

    /// <summary>How long a workflow run's lock stays valid after its last activity touched it: the longest budget of
    /// one stage (ingest's schedule-to-close, over all its retries). A live run starts an activity, and touches the
    /// lock, at least this often; a run silent for longer has ended (or lost its workers for hours) and its lock is
    /// taken over. Kept equal to the longest stage budget by a test.</summary>
    public static readonly TimeSpan WorkflowLease = TimeSpan.FromHours(4);

    public static string PathOf(string dataDir) => Path.Combine(Path.GetFullPath(dataDir), FileName);

    /// <summary>Takes the lock or throws <see cref="DataFolderBusyException"/> naming the holder.
    /// <paramref name="onMessage"/> hears about a stale lock being taken over.</summary>
    public static DataFolderLock Acquire(string dataDir, string runId, Action<string>? onMessage = null)
    {
        var me = new LockHolder(runId, Environment.ProcessId, Environment.MachineName, Now());
        var (taken, _) = Take(dataDir, me, onMessage);
        return taken;
    }

    /// <summary>Claims the folder for a workflow run: returns true when this call took the lock (the first activity of
    /// the run, or a takeover of a stale lock), false when the run already held it (a sibling activity or a retry).
    /// Throws <see cref="DataFolderBusyException"/> when anyone else holds it.</summary>
    public static bool Claim(string dataDir, string runId, FolderOwner owner, Action<string>? onMessage = null)
    {
        var me = new LockHolder(
            runId,
            Environment.ProcessId,
            Environment.MachineName,
            Now(),
            owner.WorkflowId,
            owner.WorkflowRunId);
        var (_, fresh) = Take(dataDir, me, onMessage, owner);
        return fresh;
    }

    /// <summary>Releases a workflow run's lock if it still holds it (a run that lost it leaves the new holder
    /// alone).</summary>
    public static void Release(string dataDir, FolderOwner owner)
    {
        var path = PathOf(dataDir);
        if (Read(path) is { } holder && holder.Is(owner))
        {
            File.Delete(path);
        }
    }

    /// <summary>Marks a workflow run's lock as in use now (its modification time), extending its lease.</summary>
    public static void Touch(string dataDir)
    {
        try
        {
            File.SetLastWriteTimeUtc(PathOf(dataDir), DateTime.UtcNow);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Gone between the check and the touch: the next check sees that.
        }
    }

    /// <summary>Removes the lock of a workflow run that a Temporal client found ended (completed, failed, cancelled,
    /// terminated, timed out), saying so; returns whether it did. Only the holder that was asked about is
    /// removed.</summary>
    public static bool TakeOverEnded(string dataDir, LockHolder ended, string status, Action<string>? onMessage = null)
    {
        var path = PathOf(dataDir);
        if (Read(path) != ended)
        {
            return false;
        }

        onMessage?.Invoke(
            $"taking over the lock on {Path.GetFullPath(dataDir)}: {ended.Describe()} has ended ({status})");
        File.Delete(path);
        return true;
    }

    private static (DataFolderLock Lock, bool Fresh) Take(
        string dataDir,
        LockHolder me,
        Action<string>? onMessage,
        FolderOwner? owner = null)
    {
        try
        {
            Directory.CreateDirectory(Path.GetFullPath(dataDir));
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw DataFolderAccess.NotWritable(Path.GetFullPath(dataDir), e);
        }

        var path = PathOf(dataDir);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (TryCreate(path, me))
            {
                return (new DataFolderLock(path, me), true);
            }

            var holder = Read(path);
            if (holder is null)
            {
                // Unreadable: a holder between create and write, or a crash in that instant. Give it a moment.
                Thread.Sleep(200);
                holder = Read(path);
                if (holder is null
                    && File.Exists(path)
                    && DateTime.UtcNow - File.GetLastWriteTimeUtc(path) > TimeSpan.FromSeconds(5))
                {
                    onMessage?.Invoke($"{path}: unreadable lock file older than 5 s; taking it over");
                    File.Delete(path);
                    continue;
                }

                if (holder is null)
                {
                    continue;
                }
            }

            if (owner is not null && holder.Is(owner))
            {
                Touch(dataDir);
                return (new DataFolderLock(path, holder), false);
            }

            if (IsStale(holder, File.GetLastWriteTimeUtc(path)))
            {
                if (Read(path) == holder)
                {
                    // Re-read just before: another process taking over the same stale lock may already own it.
                    onMessage?.Invoke(
                        $"taking over a stale lock on {Path.GetFullPath(dataDir)}: "
                        + $"{holder.Describe()} is no longer running"
                        + (holder.IsWorkflow
                            ? $" (its lock was last used more than {WorkflowLease.TotalHours:F0} h ago)"
                            : string.Empty));
                    File.Delete(path);
                }

                continue;
            }

            throw Busy(dataDir, holder, path);
        }

        throw new DataFolderBusyException(
            $"{Path.GetFullPath(dataDir)}: could not take the lock {path} (another run keeps taking it)");
    }

    private static DataFolderBusyException Busy(string dataDir, LockHolder holder, string path)
        => new(
            $"{Path.GetFullPath(dataDir)} is in use by {holder.Describe()}; wait for it to finish or use another "
            + $"--data-dir (lock file {path}"
            + (holder.IsWorkflow
                ? $"; if that workflow run has ended, `pantrypilot pipeline run --temporal` or `pipeline start` "
                    + $"take the lock over, or it expires {WorkflowLease.TotalHours:F0} h after its last use)"
                : ")"));

    private static string Now() => DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);

    public static LockHolder? Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<LockHolder>(File.ReadAllText(path), Json);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Stale only when provably dead: a workflow run's lock unused for longer than <see cref="WorkflowLease"/>
    /// (<paramref name="lastUsedUtc"/>: the lock file's modification time); a process on this host with no process of
    /// that id (or one that started after the lock).</summary>
    public static bool IsStale(LockHolder holder, DateTime lastUsedUtc)
    {
        if (holder.IsWorkflow)
        {
            return DateTime.UtcNow - lastUsedUtc > WorkflowLease;
        }

        if (!string.Equals(holder.Host, Environment.MachineName, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(holder.Pid);
            if (process.HasExited)
            {
                return true;
            }

            // A recycled pid: the process now holding the id started after the lock was written.
            return DateTimeOffset.TryParse(
                holder.StartedAt,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal,
                out var started)
                && process.StartTime.ToUniversalTime() > started.UtcDateTime.AddSeconds(1);
        }
        catch (ArgumentException)
        {
            return true; // no such process
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    public void Dispose()
    {
        if (this.released)
        {
            return;
        }

        this.released = true;
        if (Read(this.path) is { } holder && holder == Holder)
        {
            File.Delete(this.path);
        }
    }

    private static bool TryCreate(string path, LockHolder me)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
            JsonSerializer.Serialize(stream, me, Json);
            stream.Flush(flushToDisk: true);
            return true;
        }
        catch (UnauthorizedAccessException e)
        {
            throw DataFolderAccess.NotWritable(Path.GetDirectoryName(path)!, e);
        }
        catch (IOException e) when (!File.Exists(path) && DataFolderAccess.CannotWrite(Path.GetDirectoryName(path)!))
        {
            // No lock there and nothing can be created: a read-only file system, not another run.
            throw DataFolderAccess.NotWritable(Path.GetDirectoryName(path)!, e);
        }
        catch (IOException) when (File.Exists(path) || Directory.Exists(Path.GetDirectoryName(path)))
        {
            // Taken by another run, or released by it between our create and this check (then the caller's next
            // attempt creates it); a folder that vanished is a real error and propagates.
            return false;
        }
    }
}
