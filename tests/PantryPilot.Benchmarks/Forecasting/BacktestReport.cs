using System.Globalization;
using System.Text;
using PantryPilot.Domain.Forecasting;
using ScottPlot;

namespace PantryPilot.Benchmarks.Forecasting;

/// <summary>The backtest's outputs: backtest.csv (every figure), backtest.md (the table for docs/forecasting.md),
/// error-by-horizon-&lt;set&gt;.png, and the targets checked on the console.</summary>
internal static class BacktestReport
{
    private static readonly BacktestMethod[] Baselines = [BacktestMethod.LastInterval, BacktestMethod.MeanInterval, BacktestMethod.WeeklySeasonal];

    public static async Task WriteAsync(string outDir, IReadOnlyList<(string Name, BacktestScorer Scorer)> results, ForecastSettings settings)
    {
        var csv = new StringBuilder("data_set,method,origins,next_n,next_mae_days,next_coverage_80,depletion_n,depletion_mae_days,depletion_coverage_80\n");
        var horizonCsv = new StringBuilder("data_set,method,horizon_days,n,next_mae_days\n");
        var md = new StringBuilder();
        var rates = new List<string>();
        md.Append(CultureInfo.InvariantCulture, $"Settings: {settings}\n\n");
        md.Append("| data set | method | next purchase MAE (days) | depletion MAE (days) | 80 % coverage next / depletion | n next / depletion |\n");
        md.Append("|---|---|---:|---:|---:|---:|\n");
        foreach (var (name, scorer) in results)
        {
            var rows = scorer.Scores.Where(s => s.Value.NextCount + s.Value.DepletionCount > 0)
                .Select(s => (Method: s.Key.ToString(), Score: s.Value))
                .Append(("Forecaster (cold start, 1 purchase)", scorer.ColdStart));
            foreach (var (method, score) in rows)
            {
                var coverage = method.StartsWith("Forecaster", StringComparison.Ordinal);
                csv.Append(CultureInfo.InvariantCulture,
                    $"\"{name}\",{method},{scorer.Origins},{score.NextCount},{F(score.NextMae)},{(coverage ? F(score.NextCoverage) : "")},{score.DepletionCount},{F(score.DepletionMae)},{(coverage ? F(score.DepletionCoverage) : "")}\n");
                md.Append(CultureInfo.InvariantCulture,
                    $"| {name} | {method} | {F2(score.NextMae)} | {F2(score.DepletionMae)} | {(coverage ? $"{P(score.NextCoverage)} / {P(score.DepletionCoverage)}" : "")} | {score.NextCount:N0} / {score.DepletionCount:N0} |\n");
                for (var bin = 0; bin < BacktestScore.HorizonBins.Length; bin++)
                {
                    var n = score.BinCount[bin];
                    horizonCsv.Append(CultureInfo.InvariantCulture,
                        $"\"{name}\",{method},{BacktestScore.HorizonLabels[bin]},{n},{(n == 0 ? "" : F(score.BinErrorSum[bin] / n))}\n");
                }
            }

            Console.WriteLine(Targets(name, scorer));
            rates.AddRange(scorer.Scores.Select(s => (Method: s.Key.ToString(), Score: s.Value))
                .Append((Method: "Forecaster (cold start, 1 purchase)", Score: scorer.ColdStart))
                .Where(s => s.Score.RateCount > 0)
                .Select(s => string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {s.Method} | {s.Score.RateMeanAbsLogError:F3} | {P(s.Score.RateWithin20Share)} | {s.Score.RateCount:N0} |")));
            var png = Path.Combine(outDir, $"error-by-horizon-{Slug(name)}.png");
            if (TryPlot(png, name, scorer) is { } why)
            {
                Console.WriteLine($"  (no PNG: {why})");
            }
        }

        if (rates.Count > 0)
        {
            md.Append("\nDaily rate against the independent truth (`--truth`): mean |ln(rate / true rate)| and the share within 20 %.\n\n");
            md.Append("| data set | method | mean abs log error | within 20 % | n |\n|---|---|---:|---:|---:|\n");
            md.AppendJoin('\n', rates).Append('\n');
        }

        await File.WriteAllTextAsync(Path.Combine(outDir, "backtest.csv"), csv.ToString());
        await File.WriteAllTextAsync(Path.Combine(outDir, "backtest-by-horizon.csv"), horizonCsv.ToString());
        await File.WriteAllTextAsync(Path.Combine(outDir, "backtest.md"), md.ToString());
        Console.WriteLine();
        Console.WriteLine(md.ToString());
    }

    /// <summary>The issue's targets: MAE at most 0.7 x the best baseline (generated sets) or below every baseline (an
    /// original file), and 80 % intervals covering 75-85 % of outcomes.</summary>
    private static string Targets(string name, BacktestScorer scorer)
    {
        var f = scorer.Scores[BacktestMethod.Forecaster];
        var original = name.StartsWith("(b)", StringComparison.Ordinal);
        var sb = new StringBuilder(name + ":");
        foreach (var (what, mae, baselineMae) in new[]
        {
            ("next purchase", f.NextMae, Baselines.Select(b => scorer.Scores[b].NextMae).Where(x => !double.IsNaN(x)).DefaultIfEmpty(double.NaN).Min()),
            ("depletion", f.DepletionMae, Baselines.Select(b => scorer.Scores[b].DepletionMae).Where(x => !double.IsNaN(x)).DefaultIfEmpty(double.NaN).Min()),
        })
        {
            var ratio = mae / baselineMae;
            var met = original ? ratio < 1 : ratio <= 0.7;
            sb.Append(CultureInfo.InvariantCulture, $" {what} MAE {F2(mae)} vs best baseline {F2(baselineMae)} = {ratio:F2}x ({(met ? "MET" : "NOT MET")});");
        }

        foreach (var (what, coverage) in new[] { ("next", f.NextCoverage), ("depletion", f.DepletionCoverage) })
        {
            sb.Append(CultureInfo.InvariantCulture, $" coverage {what} {P(coverage)} ({(coverage is >= 0.75 and <= 0.85 ? "MET" : "NOT MET")});");
        }

        return sb.ToString();
    }

    private static string? TryPlot(string path, string name, BacktestScorer scorer)
    {
        try
        {
            var plot = new Plot();
            var xs = Enumerable.Range(0, BacktestScore.HorizonBins.Length).Select(i => (double)i).ToArray();
            foreach (var (method, score) in scorer.Scores.Where(s => s.Value.NextCount > 0))
            {
                var ys = xs.Select(i => score.BinCount[(int)i] == 0 ? double.NaN : score.BinErrorSum[(int)i] / score.BinCount[(int)i]).ToArray();
                var line = plot.Add.Scatter(xs, ys);
                line.LegendText = method.ToString();
                line.LineWidth = method == BacktestMethod.Forecaster ? 3 : 1.5f;
            }

            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(xs, BacktestScore.HorizonLabels);
            plot.Title($"Next purchase: error by horizon, {name}");
            plot.XLabel("days from origin to the actual next purchase");
            plot.YLabel("mean absolute error (days)");
            plot.ShowLegend(Alignment.UpperLeft);
            var temp = $"{path}.{Guid.NewGuid():N}.tmp.png";
            plot.SavePng(temp, 900, 500);
            File.Move(temp, path, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or PlatformNotSupportedException or BadImageFormatException)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }

    private static string Slug(string name) =>
        string.Join('-', new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string F(double x) => double.IsNaN(x) ? "" : x.ToString("F3", CultureInfo.InvariantCulture);

    private static string F2(double x) => double.IsNaN(x) ? "-" : x.ToString("F2", CultureInfo.InvariantCulture);

    private static string P(double x) => double.IsNaN(x) ? "-" : x.ToString("P1", CultureInfo.InvariantCulture);
}
