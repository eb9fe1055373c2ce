namespace PantryPilot.Activities.Versioning;

/// <summary>Moves snapshots between a <see cref="DatasetRepository"/> and a remote. Objects go first, then the
/// manifest, then the remote HEAD, so a manifest on a remote always has its objects; re-running either direction is a
/// no-op.</summary>
public sealed class VersionSync(DatasetRepository repository, IVersionRemote remote)
{
    /// <summary>Objects of the snapshot that the remote does not hold yet (one listing, not one request per
    /// object).</summary>
    public async Task<IReadOnlyList<ManifestEntry>> MissingOnRemoteAsync(
        SnapshotManifest manifest,
        CancellationToken ct)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var key in remote.ListAsync(RemoteKeys.ObjectsPrefix, ct))
        {
            if (RemoteKeys.HashOf(key) is { } hash)
            {
                present.Add(hash);
            }
        }

        return manifest.Files.DistinctBy(f => f.Sha256).Where(f => !present.Contains(f.Sha256)).ToList();
    }

    public async Task<SyncResult> PushAsync(string idOrHead, IProgress<VersionProgress>? progress, CancellationToken ct)
    {
        var manifest = await repository.LoadManifestAsync(idOrHead, ct);
        var missing = await MissingOnRemoteAsync(manifest, ct);
        long bytes = 0;
        for (var i = 0; i < missing.Count; i++)
        {
            progress?.Report(new("upload", i, missing.Count, missing[i].Path));
            await using var source = ContentHash.OpenSequential(repository.Objects.PathOf(missing[i].Sha256));
            await remote.UploadAsync(RemoteKeys.Object(missing[i].Sha256), source, ct);
            bytes += missing[i].Size;
        }

        progress?.Report(new("upload", missing.Count, missing.Count));
        if (!await remote.ExistsAsync(RemoteKeys.Manifest(manifest.Id), ct))
        {
            await using var stream = ContentHash.OpenSequential(repository.ManifestPath(manifest.Id));
            await remote.UploadAsync(RemoteKeys.Manifest(manifest.Id), stream, ct);
        }

        using (var head = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(manifest.Id + "\n")))
        {
            await remote.UploadAsync(RemoteKeys.Head, head, ct);
        }

        var distinct = manifest.Files.Select(f => f.Sha256).Distinct().Count();
        return new(manifest.Id, missing.Count, bytes, distinct - missing.Count);
    }

    /// <summary>Fetches a snapshot's manifest and the objects missing locally, verifying every hash. The working files
    /// are left alone: `checkout` restores them.</summary>
    public async Task<SyncResult> PullAsync(
        string? idOrHead,
        IProgress<VersionProgress>? progress,
        CancellationToken ct)
    {
        var id = await ResolveRemoteAsync(idOrHead, ct);
        var manifest = repository.HasSnapshot(id)
            ? await repository.LoadManifestAsync(id, ct)
            : await DownloadManifestAsync(id, ct);
        var missing = manifest.Files.DistinctBy(f => f.Sha256)
            .Where(f => !repository.Objects.Contains(f.Sha256))
            .ToList();
        long bytes = 0;
        var tempDir = Path.Combine(repository.PantryDir, "tmp");
        Directory.CreateDirectory(tempDir);
        for (var i = 0; i < missing.Count; i++)
        {
            progress?.Report(new("download", i, missing.Count, missing[i].Path));
            await DownloadObjectAsync(missing[i], tempDir, ct);
            bytes += missing[i].Size;
        }

        progress?.Report(new("download", missing.Count, missing.Count));
        await repository.SaveManifestAsync(manifest, ct);
        return new(
            manifest.Id,
            missing.Count,
            bytes,
            manifest.Files.Select(f => f.Sha256).Distinct().Count() - missing.Count);
    }

    private async Task<string> ResolveRemoteAsync(string? idOrHead, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(idOrHead)
            || string.Equals(idOrHead, DatasetRepository.HeadRef, StringComparison.OrdinalIgnoreCase))
        {
            if (!await remote.ExistsAsync(RemoteKeys.Head, ct))
            {
                throw new VersioningException(
                    $"the remote {remote.Description} has no snapshot yet (no HEAD); push one first");
            }

            using var head = new MemoryStream();
            await remote.DownloadAsync(RemoteKeys.Head, head, ct);
            return System.Text.Encoding.UTF8.GetString(head.ToArray()).Trim();
        }

        var id = idOrHead.Trim().ToLowerInvariant();
        if (ContentHash.IsValid(id))
        {
            return id;
        }

        var matches = new List<string>();
        await foreach (var key in remote.ListAsync(RemoteKeys.SnapshotsPrefix + id, ct))
        {
            matches.Add(key[RemoteKeys.SnapshotsPrefix.Length..^".json".Length]);
        }

        return matches.Count == 1 && id.Length >= 6
            ? matches[0]
            : throw new VersioningException($"unknown snapshot '{idOrHead}' on the remote {remote.Description}");
    }

    private async Task<SnapshotManifest> DownloadManifestAsync(string id, CancellationToken ct)
    {
        var key = RemoteKeys.Manifest(id);
        if (!await remote.ExistsAsync(key, ct))
        {
            throw new VersioningException($"unknown snapshot '{id}': {remote.Description} has no {key}");
        }

        // Manifests are small; the id check inside ReadAsync catches a corrupt or tampered one.
        using var buffer = new MemoryStream();
        await remote.DownloadAsync(key, buffer, ct);
        buffer.Position = 0;
        return await SnapshotManifest.ReadAsync(
            buffer,
            $"{remote.Description}{(remote is GcsRemote ? string.Empty : "/")}{key}",
            ct);
    }

    private async Task DownloadObjectAsync(ManifestEntry entry, string tempDir, CancellationToken ct)
    {
        var temp = Path.Combine(tempDir, $"{entry.Sha256}.{Guid.NewGuid():N}.download");
        try
        {
            await using (var output = new FileStream(
                temp,
                FileMode.Create,
                FileAccess.ReadWrite,
                FileShare.None,
                ContentHash.BufferSize,
                FileOptions.Asynchronous))
            {
                await remote.DownloadAsync(RemoteKeys.Object(entry.Sha256), output, ct);
            }

            await repository.Objects.AdoptAsync(
                temp,
                entry.Sha256,
                $"remote object {RemoteKeys.Object(entry.Sha256)} on {remote.Description} (for {entry.Path})",
                ct);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
