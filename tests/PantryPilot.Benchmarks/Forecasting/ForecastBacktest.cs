using System.Diagnostics;
using System.Globalization;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Storage;
using PantryPilot.Cli;
using PantryPilot.Domain.Forecasting;
using PantryPilot.Domain.Generation;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Benchmarks.Forecasting;

/// <summary>`forecast-backtest`: the forecaster against three naive baselines, rolling origin, on (a) generated
/// histories of the regime it was tuned on, (c) the held-out weekly-shopper regime and (b) an original-layout purchase
/// file given by path. Tuning uses the tune seed family of (a) and of (d), the stockpiler regime (tune-only: never in
/// the report family); figures are reported on the report family.
/// The held-out definition (regime parameters in WeeklyShopperRegime, the seed families below) was committed before
/// any tuning. Writes backtest.csv, backtest.md and error-by-horizon-*.png to --out.</summary>
public static class ForecastBacktest
{
    /// <summary>Seeds the forecaster's settings are chosen on (regimes a and d).</summary>
    public static readonly int[] TuneSeeds = [101, 102, 103];

    /// <summary>Seeds the figures are reported on (regimes a and c); never used for tuning.</summary>
    public static readonly int[] ReportSeeds = [201, 202, 203];

    private static readonly DateOnly AsOf = new(2026, 11, 24);
    private const int OriginsPerSet = 12;

    public static async Task<int> RunAsync(string[] args)
    {
        var family = Arg(args, "--family") ?? "report";
        if (family is not ("tune" or "report"))
        {
            Console.Error.WriteLine("forecast-backtest: --family is tune or report");
            return ExitCodes.BadInput;
        }

        var outDir = Path.GetFullPath(Arg(args, "--out") ?? Path.Combine(Path.GetTempPath(), "pantrypilot-forecast-backtest"));
        int users;
        ForecastSettings settings;
        try
        {
            users = int.Parse(Arg(args, "--users") ?? "400", CultureInfo.InvariantCulture);
            settings = Settings(args);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            Console.Error.WriteLine($"forecast-backtest: --users and the setting flags take numbers ({e.Message})");
            return ExitCodes.BadInput;
        }

        if (users <= 0 || !(settings.IntervalScale > 0 && settings.DepletionIntervalScale > 0
            && settings.ColdStartIntervalScale > 0))
        {
            Console.Error.WriteLine("forecast-backtest: --users and the interval scales must be above zero");
            return ExitCodes.BadInput;
        }

        var csv = Arg(args, "--purchases-csv");
        var truthCsv = Arg(args, "--truth");
        if (truthCsv is not null && csv is null)
        {
            Console.Error.WriteLine("forecast-backtest: --truth scores the file of --purchases-csv; give both");
            return ExitCodes.BadInput;
        }

        Directory.CreateDirectory(outDir);
        var clock = Stopwatch.StartNew();
        var results = new List<(string Name, BacktestScorer Scorer)>();
        var seeds = family == "tune" ? TuneSeeds : ReportSeeds;
        if (!args.Contains("--only-csv"))
        {
            results.Add(($"(a) cadence, {family} seeds", Generated(GenerationRegime.Cadence, seeds, users, outDir, settings)));
            if (family == "report")
            {
                results.Add(("(c) weekly shopper (held out)", Generated(GenerationRegime.WeeklyShopper, seeds, users, outDir, settings)));
            }
            else
            {
                // Tune-only: a regime where the run-out is not the next purchase (stock carried over).
                var stockpiler = Generated(GenerationRegime.Stockpiler, seeds, users, outDir, settings);
                results.Add(("(d) stockpiler, tune seeds", stockpiler));
            }
        }

        if (csv is not null)
        {
            BacktestData data;
            try
            {
                data = BacktestData.LoadPurchases(csv);
                data.IndependentTruth = truthCsv is null ? null : IndependentTruth.Load(truthCsv);
            }
            catch (Exception e) when (e is BadInputException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"forecast-backtest: {e.Message}");
                return ExitCodes.BadInput;
            }

            var scorer = new BacktestScorer(settings);
            scorer.Score(data, OriginsOf(data));
            Console.WriteLine($"(b) {csv}: {data.Rows:N0} rows, {data.Pairs.Count:N0} household items, {data.Refused:N0} rows refused"
                + (data.RefusedSamples.Count > 0 ? $" (e.g. {data.RefusedSamples[0]})" : "")
                + (data.IndependentTruth is { } t ? $"; true daily usage for {t.Count:N0} household items from {truthCsv}" : ""));
            results.Add(($"(b) {Path.GetFileName(csv)}", scorer));
        }

        await BacktestReport.WriteAsync(outDir, results, settings);
        Console.WriteLine($"forecast backtest ({family} family) in {clock.Elapsed.TotalSeconds:F1} s; outputs in {outDir}");
        return ExitCodes.Ok;
    }

    private static BacktestScorer Generated(GenerationRegime regime, int[] seeds, int users, string outDir, ForecastSettings settings)
    {
        var scorer = new BacktestScorer(settings);
        foreach (var seed in seeds)
        {
            var dir = Path.Combine(outDir, "data", $"{regime.ToString().ToLowerInvariant()}-{seed}");
            Directory.CreateDirectory(dir);
            var generator = new SyntheticDataGenerator(new GeneratorSettings(users, 25, 150, seed, AsOf: AsOf, Regime: regime));
            var purchases = Path.Combine(dir, "purchase_history.csv");
            using (var writer = CsvTableWriter.CreateOriginalLayout(purchases, PantrySchemas.Purchases))
            {
                foreach (var batch in generator.Purchases())
                {
                    writer.Write(batch);
                }

                writer.Complete();
            }

            // The side file: written by the generator, read only by the scorer below, never by the forecaster.
            var truth = Path.Combine(dir, "truth.csv");
            using (var text = new StreamWriter(truth))
            {
                ConsumptionTruthWriter.Write(text, generator.Truth());
            }

            var data = BacktestData.LoadPurchases(purchases);
            data.LoadTruth(truth);
            scorer.Score(data, Enumerable.Range(0, OriginsPerSet).Select(k => AsOf.DayNumber - (7 * k)));
        }

        return scorer;
    }

    /// <summary>An original file's origins: every 14 days from 60 days after its first purchase to 14 days before its
    /// last; a short file every 7 days instead.</summary>
    private static IEnumerable<int> OriginsOf(BacktestData data)
    {
        if (data.Pairs.Count == 0)
        {
            return [];
        }

        var origins = Steps(data.FirstDay + 60, data.LastDay - 14, 14).ToList();
        return origins.Count >= 3 ? origins : Steps(data.FirstDay + 14, data.LastDay - 1, 7);

        static IEnumerable<int> Steps(int from, int to, int step)
        {
            for (var d = from; d <= to; d += step)
            {
                yield return d;
            }
        }
    }

    private static ForecastSettings Settings(string[] args)
    {
        var s = ForecastSettings.Default;
        double? D(string name) => Arg(args, name) is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : null;
        return s with
        {
            PriorStrength = D("--prior-strength") ?? s.PriorStrength,
            PriorDegreesOfFreedom = (int)(D("--prior-dof") ?? s.PriorDegreesOfFreedom),
            OutlierRatio = D("--outlier-ratio") ?? s.OutlierRatio,
            RecencyHalfLife = D("--half-life") ?? s.RecencyHalfLife,
            IntervalScale = D("--interval-scale") ?? s.IntervalScale,
            ColdStartIntervalScale = D("--cold-start-scale") ?? s.ColdStartIntervalScale,
            DepletionIntervalScale = D("--depletion-scale") ?? s.DepletionIntervalScale,
        };
    }

    private static string? Arg(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
}
