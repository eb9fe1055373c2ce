using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PantryPilot.Activities.Versioning;

/// <summary>One snapshot: every versioned file with its content address. The id covers only paths and hashes,
/// so the same data always gets the same id whatever the message, time or parent.</summary>
public sealed record SnapshotManifest(
    string Id,
    string Message,
    DateTimeOffset CreatedAt,
    string? Parent,
    IReadOnlyList<ManifestEntry> Files)
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public long TotalBytes => Files.Sum(f => f.Size);

    /// <summary>SHA-256 of the canonical list: one <c>path\tsha256\n</c> line per file, ordinal order by
    /// path.</summary>
    public static string ComputeId(IEnumerable<ManifestEntry> files)
    {
        var canonical = new StringBuilder();
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            canonical.Append(file.Path).Append('\t').Append(file.Sha256).Append('\n');
        }

        return ContentHash.OfText(canonical.ToString());
    }

    public static async Task<SnapshotManifest> ReadAsync(Stream stream, string origin, CancellationToken ct)
    {
        SnapshotManifest? manifest;
        try
        {
            manifest = await JsonSerializer.DeserializeAsync<SnapshotManifest>(stream, Json, ct);
        }
        catch (JsonException e)
        {
            throw new CorruptObjectException($"{origin}: not a snapshot manifest ({e.Message})", e);
        }

        if (manifest is null || manifest.Files is null || !ContentHash.IsValid(manifest.Id ?? string.Empty))
        {
            throw new CorruptObjectException($"{origin}: not a snapshot manifest (missing id or files)");
        }

        var actual = ComputeId(manifest.Files);
        if (actual != manifest.Id)
        {
            throw new CorruptObjectException($"{origin}: file list hashes to {actual}, not to its id {manifest.Id}");
        }

        return manifest;
    }

    public async Task WriteAsync(Stream stream, CancellationToken ct)
        => await JsonSerializer.SerializeAsync(stream, this, Json, ct);
}
