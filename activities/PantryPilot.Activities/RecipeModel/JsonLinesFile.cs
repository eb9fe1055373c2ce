using System.Text;

namespace PantryPilot.Activities.RecipeModel;

/// <summary>A JSON-lines file written atomically: lines go to a temp file beside the target, which is renamed over it
/// only on <see cref="CommitAsync"/>. A crash leaves a *.tmp (ignored by versioning and by resume), never half a file.</summary>
public sealed class JsonLinesFile : IAsyncDisposable
{
    private readonly string path;
    private readonly string tempPath;
    private readonly StreamWriter writer;
    private bool committed;

    public JsonLinesFile(string path)
    {
        this.path = path;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        tempPath = $"{path}.{Guid.NewGuid():N}.tmp";
        writer = new StreamWriter(tempPath, false, new UTF8Encoding(false), 1 << 16);
    }

    public long Lines { get; private set; }

    public void WriteLine(string json)
    {
        writer.Write(json);
        writer.Write('\n');
        Lines++;
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        await writer.FlushAsync(ct);
        await writer.DisposeAsync();
        File.Move(tempPath, path, overwrite: true);
        committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!committed)
        {
            await writer.DisposeAsync();
            File.Delete(tempPath);
        }
    }

    /// <summary>Writes a whole small text file atomically.</summary>
    public static async Task WriteAllTextAsync(string path, string text, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllTextAsync(temp, text, new UTF8Encoding(false), ct);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Streams the lines of a file with their 1-based numbers; blank lines are skipped (and not counted as rows).</summary>
    public static async IAsyncEnumerable<(long Number, string Line)> ReadAsync(string path, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, true, 1 << 16);
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
}
