using System.Text.Json;

namespace PantryPilot.Activities.Versioning;

/// <summary>Content-addressed versions of one data directory (like DVC): <c>.pantry/objects</c> holds file contents by
/// SHA-256, <c>.pantry/snapshots/&lt;id&gt;.json</c> the manifests, <c>.pantry/HEAD</c> the current snapshot and
/// <c>.pantry/log.jsonl</c> an append-only history. Everything streams; no file is read whole into memory.</summary>
public sealed class DatasetRepository
{
    public const string HeadRef = "HEAD";

    public DatasetRepository(string dataDir)
    {
        DataDir = Path.GetFullPath(dataDir);
        PantryDir = Path.Combine(DataDir, ".pantry");
        Objects = new ObjectStore(Path.Combine(PantryDir, "objects"));
    }

    public string DataDir { get; }

    public string PantryDir { get; }

    public ObjectStore Objects { get; }

    public string SnapshotsDir => Path.Combine(PantryDir, "snapshots");

    private string HeadPath => Path.Combine(PantryDir, "HEAD");

    private string LogPath => Path.Combine(PantryDir, "log.jsonl");

    public string ManifestPath(string id) => Path.Combine(SnapshotsDir, id + ".json");

    public string? ReadHead()
    {
        if (!File.Exists(HeadPath))
        {
            return null;
        }

        var id = File.ReadAllText(HeadPath).Trim();
        return id.Length == 0 ? null : id;
    }

    public bool HasSnapshot(string id) => ContentHash.IsValid(id) && File.Exists(ManifestPath(id));

    /// <summary>Resolves <c>HEAD</c>, a full id or a unique prefix of at least 6 characters.</summary>
    public string Resolve(string idOrHead)
    {
        if (string.Equals(idOrHead, HeadRef, StringComparison.OrdinalIgnoreCase))
        {
            return ReadHead()
                ?? throw new VersioningException(
                    $"{DataDir} has no snapshot yet (no HEAD); run `pantrypilot data snapshot` first");
        }

        var id = idOrHead.Trim().ToLowerInvariant();
        if (HasSnapshot(id))
        {
            return id;
        }

        if (id.Length >= 6 && Directory.Exists(SnapshotsDir))
        {
            var matches = Directory.EnumerateFiles(SnapshotsDir, id + "*.json")
                .Select(Path.GetFileNameWithoutExtension)
                .ToList();
            if (matches.Count == 1)
            {
                return matches[0]!;
            }

            if (matches.Count > 1)
            {
                throw new VersioningException(
                    $"snapshot id prefix '{idOrHead}' is ambiguous ({matches.Count} snapshots); give more characters");
            }
        }

        throw new VersioningException(
            $"unknown snapshot '{idOrHead}' in {SnapshotsDir}; `pantrypilot data log` lists them, "
            + $"`pantrypilot data pull {idOrHead}` fetches one from the remote");
    }

    public async Task<SnapshotManifest> LoadManifestAsync(string idOrHead, CancellationToken ct)
    {
        var id = Resolve(idOrHead);
        await using var stream = File.OpenRead(ManifestPath(id));
        return await SnapshotManifest.ReadAsync(stream, ManifestPath(id), ct);
    }

    /// <summary>Hashes every working file, stores the objects not yet cached and records a manifest. Unchanged data
    /// gives HEAD's id again and stores nothing, which makes a retried snapshot a no-op.</summary>
    public async Task<SnapshotResult> SnapshotAsync(
        string message,
        IProgress<VersionProgress>? progress,
        CancellationToken ct)
    {
        var paths = WorkingTree.ListFiles(DataDir);
        var entries = new ManifestEntry[paths.Count];
        var hashed = 0;
        // Files are hashed, then stored, a few at a time (one per core): SHA-256 and copying are CPU- and I/O-bound.
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Environment.ProcessorCount,
            CancellationToken = ct
        };
        await Parallel.ForAsync(0, paths.Count, parallel, async (i, token) =>
        {
            progress?.Report(new("hash", Interlocked.Increment(ref hashed) - 1, paths.Count, paths[i]));
            var full = Path.Combine(DataDir, paths[i]);
            entries[i] = new(paths[i], await ContentHash.OfFileAsync(full, token), new FileInfo(full).Length);
        });

        // One copy per distinct content (a validated table is often byte-identical to its raw snapshot).
        var toStore = entries.DistinctBy(e => e.Sha256).ToArray();
        var stored = new bool[toStore.Length];
        await Parallel.ForAsync(0, toStore.Length, parallel, async (i, token) =>
            stored[i] = await Objects.AddFileAsync(Path.Combine(DataDir, toStore[i].Path), toStore[i].Sha256, token));
        var newObjects = stored.Count(s => s);
        var newBytes = toStore.Where((_, i) => stored[i]).Sum(e => e.Size);

        progress?.Report(new("hash", paths.Count, paths.Count));
        var id = SnapshotManifest.ComputeId(entries);
        var head = ReadHead();
        if (id == head)
        {
            return new(await LoadManifestAsync(id, ct), newObjects, newBytes, Unchanged: true);
        }

        var manifest = new SnapshotManifest(id, message, DateTimeOffset.UtcNow, head, entries);
        if (HasSnapshot(id))
        {
            // The data went back to an earlier snapshot: keep that manifest as first written, only move HEAD.
            manifest = await LoadManifestAsync(id, ct);
        }
        else
        {
            await WriteManifestAsync(manifest, ct);
        }

        WriteHead(id);
        await AppendLogAsync(
            new("snapshot", id, head, message, DateTimeOffset.UtcNow, entries.Length, newObjects, newBytes),
            ct);
        return new(manifest, newObjects, newBytes, Unchanged: false);
    }

    /// <summary>Working files against HEAD (everything is "added" before the first snapshot).</summary>
    public async Task<WorkingStatus> StatusAsync(IProgress<VersionProgress>? progress, CancellationToken ct)
    {
        var head = ReadHead();
        var recorded = head is null
            ? new Dictionary<string, ManifestEntry>(StringComparer.Ordinal)
            : (await LoadManifestAsync(head, ct)).Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        List<string> added = [], modified = [], unchanged = [];
        var paths = WorkingTree.ListFiles(DataDir);
        for (var i = 0; i < paths.Count; i++)
        {
            progress?.Report(new("hash", i, paths.Count, paths[i]));
            var path = paths[i];
            if (!recorded.TryGetValue(path, out var entry))
            {
                added.Add(path);
            }
            else if (await MatchesAsync(path, entry, ct))
            {
                unchanged.Add(path);
            }
            else
            {
                modified.Add(path);
            }
        }

        var present = paths.ToHashSet(StringComparer.Ordinal);
        var deleted = recorded.Keys.Where(p => !present.Contains(p)).Order(StringComparer.Ordinal).ToList();
        return new(head, added, modified, deleted, unchanged);
    }

    /// <summary>Makes the working files exactly those of the snapshot: restores what differs (temp file + rename per
    /// file) and deletes tracked files it does not have. Refuses, unless forced, when that would overwrite or delete a
    /// file that differs from HEAD (or any file, when there is no HEAD), so uncommitted work is never lost
    /// silently.</summary>
    public async Task<CheckoutResult> CheckoutAsync(
        string idOrHead,
        bool force,
        IProgress<VersionProgress>? progress,
        CancellationToken ct)
    {
        var target = await LoadManifestAsync(idOrHead, ct);
        var wanted = target.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var missing = target.Files.Select(f => f.Sha256).Distinct().Where(h => !Objects.Contains(h)).ToList();
        if (missing.Count > 0)
        {
            throw new VersioningException(
                $"snapshot {target.Id} needs {missing.Count} object(s) not in the local cache (e.g. {missing[0]}); "
                + $"run `pantrypilot data pull {target.Id}` first");
        }

        var status = await StatusAsync(null, ct);
        if (!force)
        {
            var dirty = status.Added.Concat(status.Modified).ToList();
            var clobbered = new List<string>();
            foreach (var path in dirty)
            {
                if (!wanted.TryGetValue(path, out var entry) || !await MatchesAsync(path, entry, ct))
                {
                    clobbered.Add(path);
                }
            }

            if (clobbered.Count > 0)
            {
                throw new UncommittedChangesException(
                    $"checkout of {target.Id[..12]} would overwrite or delete {clobbered.Count} uncommitted file(s): "
                    + $"{string.Join(", ", clobbered.Take(5))}{(clobbered.Count > 5 ? ", ..." : string.Empty)}; "
                    + "snapshot them first or use --force");
            }
        }

        int restored = 0, same = 0;
        for (var i = 0; i < target.Files.Count; i++)
        {
            var entry = target.Files[i];
            progress?.Report(new("restore", i, target.Files.Count, entry.Path));
            if (File.Exists(Path.Combine(DataDir, entry.Path)) && await MatchesAsync(entry.Path, entry, ct))
            {
                same++;
                continue;
            }

            await RestoreFileAsync(entry, ct);
            restored++;
        }

        var removed = 0;
        foreach (var path in WorkingTree.ListFiles(DataDir).Where(p => !wanted.ContainsKey(p)))
        {
            File.Delete(Path.Combine(DataDir, path));
            removed++;
        }

        var previous = ReadHead();
        WriteHead(target.Id);
        await AppendLogAsync(
            new("checkout", target.Id, previous, target.Message, DateTimeOffset.UtcNow, target.Files.Count, 0, 0),
            ct);
        return new(target.Id, restored, removed, same);
    }

    /// <summary>The log, oldest first.</summary>
    public async Task<IReadOnlyList<LogEntry>> ReadLogAsync(CancellationToken ct)
    {
        var entries = new List<LogEntry>();
        if (!File.Exists(LogPath))
        {
            return entries;
        }

        var lineNumber = 0;
        await foreach (var line in File.ReadLinesAsync(LogPath, ct))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                entries.Add(JsonSerializer.Deserialize<LogEntry>(line, LogJson)!);
            }
            catch (JsonException e)
            {
                throw new VersioningException($"{LogPath} line {lineNumber}: not a log entry ({e.Message})", e);
            }
        }

        return entries;
    }

    /// <summary>Stores a manifest fetched from a remote (already verified against its id).</summary>
    public async Task SaveManifestAsync(SnapshotManifest manifest, CancellationToken ct)
    {
        if (!HasSnapshot(manifest.Id))
        {
            await WriteManifestAsync(manifest, ct);
        }
    }

    private static readonly JsonSerializerOptions LogJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower
    };

    private async Task<bool> MatchesAsync(string path, ManifestEntry entry, CancellationToken ct)
    {
        var full = Path.Combine(DataDir, path);
        return new FileInfo(full).Length == entry.Size && await ContentHash.OfFileAsync(full, ct) == entry.Sha256;
    }

    private async Task RestoreFileAsync(ManifestEntry entry, CancellationToken ct)
    {
        var full = WorkingTree.ToFull(DataDir, entry.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = $"{full}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var output = ContentHash.CreateTemp(temp))
            {
                await Objects.CopyToAsync(entry.Sha256, output, ct);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private async Task WriteManifestAsync(SnapshotManifest manifest, CancellationToken ct)
    {
        Directory.CreateDirectory(SnapshotsDir);
        var path = ManifestPath(manifest.Id);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var stream = ContentHash.CreateTemp(temp))
            {
                await manifest.WriteAsync(stream, ct);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private void WriteHead(string id)
    {
        Directory.CreateDirectory(PantryDir);
        var temp = HeadPath + ".tmp";
        File.WriteAllText(temp, id + "\n");
        File.Move(temp, HeadPath, overwrite: true);
    }

    private async Task AppendLogAsync(LogEntry entry, CancellationToken ct)
    {
        Directory.CreateDirectory(PantryDir);
        await File.AppendAllTextAsync(LogPath, JsonSerializer.Serialize(entry, LogJson) + "\n", ct);
    }
}
