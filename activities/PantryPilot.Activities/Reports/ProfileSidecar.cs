using System.Security.Cryptography;
using System.Text.Json;
using Parquet;

namespace PantryPilot.Activities.Reports;

/// <summary>The column profile of a processed table, written next to it by the stage that wrote the table
/// (<c>processed/&lt;table&gt;.profile.json</c>). The Parquet footer carries the SHA-256 of the sidecar, so a report
/// trusts a sidecar only for the exact file it describes: a stale, edited or missing one means "profile by scanning".
/// Deterministic: the same data gives the same bytes, so versioning stores nothing new on a re-run.</summary>
public static class ProfileSidecar
{
    public const string MetadataKey = "pantrypilot.profile_sha256";

    public static string PathFor(string parquetPath) => Path.ChangeExtension(parquetPath, ".profile.json");

    /// <summary>The sidecar's bytes and the hash to put in the Parquet footer.</summary>
    public static (byte[] Json, string Sha256) Serialize(IReadOnlyList<string?[]> lines)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(lines);
        return (json, Convert.ToHexStringLower(SHA256.HashData(json)));
    }

    public static async Task WriteAsync(string parquetPath, byte[] json, CancellationToken cancellationToken = default)
    {
        var path = PathFor(parquetPath);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temp, json, cancellationToken);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>The profile lines when the sidecar matches the file's footer; null otherwise.</summary>
    public static async Task<IReadOnlyList<string?[]>?> TryReadAsync(
        string parquetPath,
        CancellationToken cancellationToken = default)
    {
        var path = PathFor(parquetPath);
        if (!File.Exists(path))
        {
            return null;
        }

        await using (var reader = await ParquetReader.CreateAsync(parquetPath, cancellationToken: cancellationToken))
        {
            var json = await File.ReadAllBytesAsync(path, cancellationToken);
            if (!reader.CustomMetadata.TryGetValue(MetadataKey, out var expected)
                || expected != Convert.ToHexStringLower(SHA256.HashData(json)))
            {
                return null;
            }

            try
            {
                return JsonSerializer.Deserialize<string?[][]>(json);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}
