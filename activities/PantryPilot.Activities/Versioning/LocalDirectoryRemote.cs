using System.Runtime.CompilerServices;

namespace PantryPilot.Activities.Versioning;

/// <summary>A remote on a local or mounted directory (the default: <c>DATA_DIR/../pantry-remote</c>). Uploads land via
/// a temp file and an atomic rename, so a reader never sees half an object.</summary>
public sealed class LocalDirectoryRemote(string root) : IVersionRemote
{
    public string Root { get; } = Path.GetFullPath(root);

    public string Description => Root;

    public Task<bool> ExistsAsync(string key, CancellationToken ct) => Task.FromResult(File.Exists(PathOf(key)));

    public async Task UploadAsync(string key, Stream content, CancellationToken ct)
    {
        var target = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = $"{target}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var output = ContentHash.CreateTemp(temp))
            {
                await content.CopyToAsync(output, ContentHash.BufferSize, ct);
            }

            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public async Task DownloadAsync(string key, Stream destination, CancellationToken ct)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            throw new VersioningException($"{key} is not on the remote {Root}");
        }

        await using var source = ContentHash.OpenSequential(path);
        await source.CopyToAsync(destination, ContentHash.BufferSize, ct);
    }

    public async IAsyncEnumerable<string> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken ct)
    {
        await Task.CompletedTask;
        if (!Directory.Exists(Root))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
        {
            ct.ThrowIfCancellationRequested();
            var key = Path.GetRelativePath(Root, file).Replace('\\', '/');
            if (key.StartsWith(prefix, StringComparison.Ordinal) && !key.EndsWith(".tmp", StringComparison.Ordinal))
            {
                yield return key;
            }
        }
    }

    private string PathOf(string key)
    {
        var full = Path.GetFullPath(Path.Combine(Root, key));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"remote key '{key}' leaves {Root}", nameof(key));
        }

        return full;
    }
}
