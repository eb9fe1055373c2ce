using System.Globalization;
using ScottPlot;

namespace PantryPilot.Activities.Training;

/// <summary>The loss curve of a training run as CSV (appended as the trainer reports) and PNG. Rows are keyed by the
/// global iteration; a resumed attempt first drops the rows past the checkpoint it resumes from, so the curve never
/// holds an iteration twice.</summary>
public sealed class LossCurve(string csvPath)
{
    public const string Header = "iteration,kind,train_loss,val_loss,learning_rate,tokens_per_s,peak_mem_gb,attempt";

    public string CsvPath { get; } = csvPath;

    /// <summary>Keeps rows up to <paramref name="resumeFrom"/> (everything when starting fresh keeps
    /// nothing).</summary>
    public void TruncateAfter(int resumeFrom)
    {
        var kept = File.Exists(CsvPath)
            ? File.ReadLines(CsvPath)
                .Skip(1)
                .Where(
                    l => int.TryParse(
                        l.AsSpan(0, Math.Max(0, l.IndexOf(',', StringComparison.Ordinal))),
                        NumberStyles.None,
                        CultureInfo.InvariantCulture,
                        out var it)
                        && it <= resumeFrom)
                .ToList()
            : [];
        AtomicFile.WriteAllText(CsvPath, string.Join('\n', kept.Prepend(Header)) + "\n");
    }

    public void Append(
        int iteration,
        string kind,
        double? trainLoss,
        double? valLoss,
        double? learningRate,
        double? tokensPerSecond,
        double? peakMemoryGb,
        int attempt)
    {
        static string N(double? v) => v is { } x ? x.ToString("R", CultureInfo.InvariantCulture) : string.Empty;
        File.AppendAllText(
            CsvPath,
            string.Create(
                CultureInfo.InvariantCulture,
                $"{iteration},{kind},{N(trainLoss)},{N(valLoss)},{N(learningRate)},{N(tokensPerSecond)},"
                + $"{N(peakMemoryGb)},{attempt}\n"));
    }

    public IReadOnlyList<(int Iteration, string Kind, double? Train, double? Val)> Read() =>
        File.Exists(CsvPath)
            ? File.ReadLines(CsvPath).Skip(1).Select(l => l.Split(',')).Where(p => p.Length >= 4)
                .Select(p => (int.Parse(p[0], CultureInfo.InvariantCulture), p[1], Parse(p[2]), Parse(p[3]))).ToList()
            : [];

    /// <summary>Draws train and val loss against the iteration; returns why not when the native renderer is
    /// missing.</summary>
    public string? TryWritePng(string pngPath, IEnumerable<int> checkpointIterations)
    {
        try
        {
            var rows = Read();
            var plot = new Plot();
            var train = rows.Where(r => r.Train is not null).ToList();
            var val = rows.Where(r => r.Val is not null).ToList();
            if (train.Count > 0)
            {
                var s = plot.Add.Scatter(
                    train.Select(r => (double)r.Iteration).ToArray(),
                    train.Select(r => r.Train!.Value).ToArray());
                s.LegendText = "train loss";
                s.MarkerSize = 0;
            }

            if (val.Count > 0)
            {
                var s = plot.Add.Scatter(
                    val.Select(r => (double)r.Iteration).ToArray(),
                    val.Select(r => r.Val!.Value).ToArray());
                s.LegendText = "val loss";
            }

            foreach (var it in checkpointIterations)
            {
                plot.Add.VerticalLine(it, 1, Colors.Gray.WithAlpha(0.4));
            }

            plot.Title("Training loss (grey lines: checkpoints in the store)");
            plot.XLabel("iteration");
            plot.YLabel("loss");
            plot.ShowLegend();
            var temp = $"{pngPath}.{Guid.NewGuid():N}.tmp.png";
            plot.SavePng(temp, 900, 450);
            File.Move(temp, pngPath, overwrite: true);
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

    private static double? Parse(string s) => s.Length == 0 ? null : double.Parse(s, CultureInfo.InvariantCulture);
}
