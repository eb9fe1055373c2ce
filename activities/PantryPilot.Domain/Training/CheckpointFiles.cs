using System.Globalization;
using System.Text.RegularExpressions;

namespace PantryPilot.Domain.Training;

/// <summary>The checkpoint file names trainers write: mlx-lm saves <c>0000500_adapters.safetensors</c> every N
/// iterations (numbered by its own count) beside a rolling <c>adapters.safetensors</c>.</summary>
public static partial class CheckpointFiles
{
    public const string Latest = "adapters.safetensors";

    /// <summary>The iteration in a numbered checkpoint's file name, or null for any other file.</summary>
    public static int? IterationOf(string fileName)
    {
        var m = Numbered().Match(Path.GetFileName(fileName));
        return m.Success
            && int.TryParse(m.Groups["it"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var it)
            ? it
            : null;
    }

    /// <summary>The store's name for a checkpoint at a global iteration (zero-padded so names sort by
    /// iteration).</summary>
    public static string StoreName(int globalIteration)
        => string.Create(CultureInfo.InvariantCulture, $"{globalIteration:D7}_adapters.safetensors");

    [GeneratedRegex(@"^(?<it>\d{1,9})_adapters\.safetensors$", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();
}
