using System.Text.Json;
using System.Text.Json.Serialization;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Ingest;

/// <summary>raw/&lt;table&gt;.manifest.json: what a snapshot holds and how to check it (SHA-256 of the Parquet bytes).
/// It is versioned content, so it holds only what follows from the input data: no wall-clock time, run id or host path
/// (those are in reports/run-report.json), and the same input gives the same bytes in any folder at any time.</summary>
public sealed record RawManifest(
    string Table,
    string Source,
    string File,
    long Rows,
    long RowsQuarantined,
    IReadOnlyList<ManifestColumn> Schema,
    string HashAlgorithm,
    string ContentHash,
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

    /// <summary>Writes atomically (temp file, then rename), like every other output of a stage.</summary>
    public async Task WriteAsync(string path, CancellationToken cancellationToken = default)
    {
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var stream = System.IO.File.Create(temp))
            {
                await JsonSerializer.SerializeAsync(stream, this, JsonOptions, cancellationToken);
            }

            System.IO.File.Move(temp, path, overwrite: true);
        }
        finally
        {
            System.IO.File.Delete(temp);
        }
    }

    public static async Task<RawManifest> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = System.IO.File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<RawManifest>(stream, JsonOptions, cancellationToken)
            ?? throw new InvalidDataException($"{path}: empty manifest");
    }
}
