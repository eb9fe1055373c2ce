using System.Security.Cryptography;

namespace PantryPilot.Activities.Versioning;

/// <summary>SHA-256 over streams, so files of any size are hashed without being held in memory.</summary>
public static class ContentHash
{
    internal const int BufferSize = 1 << 20;

    public static async Task<string> OfFileAsync(string path, CancellationToken ct)
    {
        await using var stream = OpenSequential(path);
        var hash = await SHA256.HashDataAsync(stream, ct);
        return Convert.ToHexStringLower(hash);
    }

    public static string OfText(string text)
        => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    public static bool IsValid(string hash)
        => hash.Length == 64 && hash.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    internal static FileStream OpenSequential(string path)
        => new(
            path,
            FileMode.Open,
            FileAccess.Read,
            FileShare.Read,
            BufferSize,
            FileOptions.Asynchronous | FileOptions.SequentialScan);

    internal static FileStream CreateTemp(string path) =>
        new(path, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);

    /// <summary>Copies <paramref name="source"/> to <paramref name="destination"/> and returns the SHA-256 of what was
    /// copied.</summary>
    internal static async Task<(string Hash, long Bytes)> CopyHashingAsync(
        Stream source,
        Stream destination,
        CancellationToken ct)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[BufferSize];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, ct)) > 0)
        {
            sha.AppendData(buffer, 0, read);
            await destination.WriteAsync(buffer.AsMemory(0, read), ct);
            total += read;
        }

        return (Convert.ToHexStringLower(sha.GetHashAndReset()), total);
    }
}
