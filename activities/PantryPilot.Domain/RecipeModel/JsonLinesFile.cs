using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PantryPilot.Domain.RecipeModel;

/// <summary>A JSON-lines file written atomically: lines go to a temp file beside the target, which is renamed over it
/// only on <see cref="CommitAsync"/>. A crash leaves a *.tmp (ignored by versioning and by resume), never half a
/// file.</summary>
public sealed class JsonLinesFile : IAsyncDisposable
{
    private readonly string path;
    private readonly string tempPath;
    private readonly FileStream stream;
    private Utf8JsonWriter? json;
    private bool committed;

    public JsonLinesFile(string path)
    {
        this.path = path;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        tempPath = $"{path}.{Guid.NewGuid():N}.tmp";
        stream = new FileStream(tempPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
    }

    public long Lines { get; private set; }

    public void WriteLine(string line)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(line.Length) + 1);
        var length = Encoding.UTF8.GetBytes(line, buffer);
        buffer[length] = (byte)'\n';
        stream.Write(buffer, 0, length + 1);
        ArrayPool<byte>.Shared.Return(buffer);
        Lines++;
    }

    /// <summary>Writes one line already serialized as UTF-8 JSON (without its newline).</summary>
    public void WriteUtf8Line(ReadOnlySpan<byte> line)
    {
        stream.Write(line);
        stream.WriteByte((byte)'\n');
        Lines++;
    }

    /// <summary>Serializes one value as a line straight into the file as UTF-8 (no string in between: the filter writes
    /// thousands of samples a second). Escaping follows the type's options, as
    /// <see cref="JsonSerializer.Serialize{T}(T, JsonTypeInfo{T})"/> would.</summary>
    public void WriteLine<T>(T value, JsonTypeInfo<T> type)
    {
        json ??= new Utf8JsonWriter(
            stream,
            new JsonWriterOptions { Encoder = type.Options.Encoder, SkipValidation = true });
        JsonSerializer.Serialize(json, value, type);
        json.Flush();
        json.Reset();
        stream.WriteByte((byte)'\n');
        Lines++;
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        await stream.FlushAsync(ct);
        await DisposeWritersAsync();
        File.Move(tempPath, path, overwrite: true);
        committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!committed)
        {
            await DisposeWritersAsync();
            File.Delete(tempPath);
        }
    }

    private async ValueTask DisposeWritersAsync()
    {
        if (json is not null)
        {
            await json.DisposeAsync();
        }

        await stream.DisposeAsync();
    }

    /// <summary>Writes a whole small text file atomically.</summary>
    public static async Task WriteAllTextAsync(string path, string text, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllTextAsync(temp, text, new UTF8Encoding(false), ct);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Streams the lines of a file with their 1-based numbers; blank lines are skipped (and not counted as
    /// rows). A gzip-compressed file throws <see cref="InvalidDataException"/> before any line: .NET's GZipStream
    /// ends quietly on a file cut short, so reading one through it could lose the rest of the file without a
    /// word.</summary>
    public static async IAsyncEnumerable<(long Number, string Line)> ReadAsync(
        string path,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        using var reader = new StreamReader(Open(path), Encoding.UTF8, true, 1 << 16);
        long number = 0;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            number++;
            if (line.Length > 0 && !string.IsNullOrWhiteSpace(line))
            {
                yield return (number, line);
            }
        }
    }

    private static Stream Open(string path)
    {
        var file = new FileStream(
            path,
            FileMode.Open,
            FileAccess.Read,
            FileShare.Read,
            1 << 16,
            FileOptions.SequentialScan);
        Span<byte> magic = stackalloc byte[2];
        if (file.ReadAtLeast(magic, 2, throwOnEndOfStream: false) == 2 && magic[0] == 0x1F && magic[1] == 0x8B)
        {
            file.Dispose();
            throw new InvalidDataException(
                $"gzip-compressed, not JSON lines: decompress it first (gunzip -k {Path.GetFileName(path)})");
        }

        file.Position = 0;
        return file;
    }
}
