using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace PantryPilot.Activities.Pipeline;

/// <summary>Who holds a data folder: written into <c>&lt;data-dir&gt;/.pantrypilot.lock</c>.</summary>
public sealed record LockHolder(string RunId, int Pid, string Host, string StartedAt);

/// <summary>A second run on a data folder fails fast instead of interleaving its files with the first.</summary>
public sealed class DataFolderBusyException(string message) : Exception(message);

/// <summary>One run owns a data folder: the lock file is created exclusively (O_CREAT|O_EXCL), so of two processes
/// exactly one wins. A lock whose holder is a dead process on this host is stale: it is taken over, with a message.
/// A lock from another host cannot be checked and is never taken over (remove it by hand when that host is gone).</summary>
public sealed class DataFolderLock : IDisposable
{
    public const string FileName = ".pantrypilot.lock";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    private readonly string _path;
    private bool _released;

    private DataFolderLock(string path, LockHolder holder)
    {
        _path = path;
        Holder = holder;
    }

    public LockHolder Holder { get; }

    public static string PathOf(string dataDir) => Path.Combine(Path.GetFullPath(dataDir), FileName);

    /// <summary>Takes the lock or throws <see cref="DataFolderBusyException"/> naming the holder.
    /// <paramref name="onMessage"/> hears about a stale lock being taken over.</summary>
    public static DataFolderLock Acquire(string dataDir, string runId, Action<string>? onMessage = null)
    {
        Directory.CreateDirectory(Path.GetFullPath(dataDir));
        var path = PathOf(dataDir);
        var me = new LockHolder(runId, Environment.ProcessId, Environment.MachineName, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (TryCreate(path, me))
            {
                return new DataFolderLock(path, me);
            }

            var holder = Read(path);
            if (holder is null)
            {
                // Unreadable: a holder between create and write, or a crash in that instant. Give it a moment.
                Thread.Sleep(200);
                holder = Read(path);
                if (holder is null && File.Exists(path) && DateTime.UtcNow - File.GetLastWriteTimeUtc(path) > TimeSpan.FromSeconds(5))
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

            if (IsStale(holder))
            {
                if (Read(path) == holder)
                {
                    // Re-read just before: another process taking over the same stale lock may already own it.
                    onMessage?.Invoke($"taking over a stale lock on {Path.GetFullPath(dataDir)}: run {holder.RunId} (process {holder.Pid} on {holder.Host}, started {holder.StartedAt}) is no longer running");
                    File.Delete(path);
                }

                continue;
            }

            throw new DataFolderBusyException(
                $"{Path.GetFullPath(dataDir)} is in use by run {holder.RunId} (process {holder.Pid} on {holder.Host}, started {holder.StartedAt}); "
                + $"wait for it to finish or use another --data-dir (lock file {path})");
        }

        throw new DataFolderBusyException($"{Path.GetFullPath(dataDir)}: could not take the lock {path} (another run keeps taking it)");
    }

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

    /// <summary>Stale only when provably dead: same host and no process with that id (or one that started after the lock).</summary>
    public static bool IsStale(LockHolder holder)
    {
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
            return DateTimeOffset.TryParse(holder.StartedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var started)
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
        if (_released)
        {
            return;
        }

        _released = true;
        if (Read(_path) is { } holder && holder.Pid == Holder.Pid && holder.RunId == Holder.RunId)
        {
            File.Delete(_path);
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
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }
}
