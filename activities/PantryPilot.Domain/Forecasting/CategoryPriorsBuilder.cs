namespace PantryPilot.Domain.Forecasting;

/// <summary>Pools pairs into <see cref="CategoryPriors"/> (empirical Bayes): per item and per category, the mean log
/// interval, the pooled within-pair variance of log rates (from each pair's one-step-ahead misses, see
/// <see cref="PairStatistics.MissSquares"/>) and the between-pair variance of mean log intervals. Only running sums are
/// kept, so a million pairs cost a few numbers per category. Pairs with one purchase day add nothing.</summary>
public sealed class CategoryPriorsBuilder(ForecastSettings? settings = null)
{
    private readonly ForecastSettings settings = settings ?? ForecastSettings.Default;
    private readonly Dictionary<string, Sums> byCategory = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Sums> byItem = new(StringComparer.Ordinal);
    private readonly Sums overall = new();
    private PurchaseSeries? series;

    /// <param name="item">The item's identity across households (its id), or null to pool by category only.</param>
    public void Add(string? category, ConsumptionHistory history, DateOnly asOf, string? item = null)
    {
        series ??= new PurchaseSeries(settings);
        var stats = series.Load(history, asOf);
        if (stats.Intervals == 0)
        {
            return;
        }

        overall.Add(stats);
        Pool(byCategory, category, stats);
        Pool(byItem, item, stats);
    }

    private static void Pool(Dictionary<string, Sums> groups, string? key, PairStatistics stats)
    {
        if (key is null)
        {
            return;
        }

        if (!groups.TryGetValue(key, out var sums))
        {
            groups[key] = sums = new Sums();
        }

        sums.Add(stats);
    }

    public CategoryPriors Build()
    {
        var all = overall.Prior(CategoryPrior.Fallback);
        var categories = Priors(byCategory, all);
        return new(categories, all, Priors(byItem, all));
    }

    private Dictionary<string, CategoryPrior> Priors(Dictionary<string, Sums> groups, CategoryPrior fallback)
    {
        var result = new Dictionary<string, CategoryPrior>(StringComparer.Ordinal);
        foreach (var (key, sums) in groups)
        {
            if (sums.Pairs >= settings.MinPairsPerCategory)
            {
                result[key] = sums.Prior(fallback);
            }
        }

        return result;
    }

    private sealed class Sums
    {
        private double sumLogGap;
        private double sumLogGapSquared;
        private double withinSquares;
        private int withinDegrees;

        public int Pairs { get; private set; }

        public void Add(PairStatistics stats)
        {
            Pairs++;
            sumLogGap += stats.MeanLogGap;
            sumLogGapSquared += stats.MeanLogGap * stats.MeanLogGap;
            withinSquares += stats.MissSquares;
            withinDegrees += stats.MissCount;
        }

        public CategoryPrior Prior(CategoryPrior fallback)
        {
            if (Pairs == 0)
            {
                return fallback;
            }

            var mean = sumLogGap / Pairs;
            var between = Pairs > 1
                ? Math.Sqrt(Math.Max(0, (sumLogGapSquared - (Pairs * mean * mean)) / (Pairs - 1)))
                : fallback.BetweenLogSpread;
            var within = withinDegrees > 0 ? Math.Sqrt(withinSquares / withinDegrees) : fallback.WithinLogSpread;
            return new(Math.Exp(mean), within, between, Pairs);
        }
    }
}
