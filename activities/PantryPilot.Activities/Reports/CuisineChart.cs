using ScottPlot;

namespace PantryPilot.Activities.Reports;

/// <summary>The cuisine mix as a PNG bar chart (ScottPlot renders with SkiaSharp; its native library ships in the
/// package).</summary>
public static class CuisineChart
{
    /// <summary>Writes the chart; returns null on success, or why it could not be drawn (the report goes on without
    /// it).</summary>
    public static string? TryWrite(string path, IReadOnlyList<(string Cuisine, long Count)> mix)
    {
        try
        {
            var plot = new Plot();
            // Horizontal bars, largest on top: long cuisine names stay readable on the left axis.
            var positions = Enumerable.Range(0, mix.Count).Select(i => (double)(mix.Count - 1 - i)).ToArray();
            var bars = plot.Add.Bars(positions, mix.Select(m => (double)m.Count).ToArray());
            bars.Horizontal = true;
            bars.Color = Color.FromHex("#3b82f6");
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
                positions,
                mix.Select(m => m.Cuisine).ToArray());
            plot.Axes.Margins(left: 0);
            plot.Title("Cuisine mix (inventory + purchase rows)");
            plot.XLabel("rows");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = $"{path}.{Guid.NewGuid():N}.tmp.png";
            plot.SavePng(temp, 900, Math.Max(300, 120 + (28 * mix.Count)));
            File.Move(temp, path, overwrite: true);
            return null;
        }
        catch (Exception e)
            when (e is DllNotFoundException
                or TypeInitializationException
                or PlatformNotSupportedException
                or BadImageFormatException)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }
}
