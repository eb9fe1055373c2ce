using System.Text.Json;
using System.Text.Json.Serialization;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Ingest;

public sealed record ManifestColumn(string Name, string Kind);

/// <summary>raw/&lt;table&gt;.manifest.json: what a snapshot holds and how to check it (SHA-256 of the Parquet bytes).</summary>
public sealed record RawManifest(
    string Table,
    string Source,
    string File,
    long Rows,
    long RowsQuarantined,
    IReadOnlyList<ManifestColumn> Schema,
    string HashAlgorithm,
    string ContentHash,
    DateTimeOffset CreatedAt,
    string RunId,
    IReadOnlyList<string> Warnings)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static IReadOnlyList<ManifestColumn> Describe(TableSchema schema) =>
        schema.Columns.Select(c => new ManifestColumn(c.Name, c.Kind.ToString().ToLowerInvariant())).ToArray();

    /// <summary>Writes atomically (temp file, then rename), like every other output of a stage. A manifest that
    /// describes the same snapshot is left as it is, so re-ingesting unchanged data changes no byte under raw/
    /// and the next dataset version stores nothing new.</summary>
    public async Task WriteAsync(string path, CancellationToken cancellationToken = default)
    {
        if (System.IO.File.Exists(path) && await DescribesSameSnapshotAsync(path, cancellationToken))
        {
            return;
        }

        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        await using (var stream = System.IO.File.Create(temp))
        {
            await JsonSerializer.SerializeAsync(stream, this, JsonOptions, cancellationToken);
        }

        System.IO.File.Move(temp, path, overwrite: true);
    }

    private async Task<bool> DescribesSameSnapshotAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var existing = await ReadAsync(path, cancellationToken);
            return JsonSerializer.Serialize(existing with { CreatedAt = default }, JsonOptions) == JsonSerializer.Serialize(this with { CreatedAt = default }, JsonOptions);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static async Task<RawManifest> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = System.IO.File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<RawManifest>(stream, JsonOptions, cancellationToken)
            ?? throw new InvalidDataException($"{path}: empty manifest");
    }
}
