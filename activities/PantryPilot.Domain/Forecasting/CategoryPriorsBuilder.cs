namespace PantryPilot.Domain.Forecasting;

/// <summary>Pools pairs into <see cref="CategoryPriors"/> (empirical Bayes): per category, the mean log interval, the
/// pooled within-pair variance of log rates and the between-pair variance of mean log intervals. Only running sums are
/// kept, so a million pairs cost a few numbers per category. Pairs with one purchase day add nothing.</summary>
public sealed class CategoryPriorsBuilder(ForecastSettings? settings = null)
{
    private readonly ForecastSettings settings = settings ?? ForecastSettings.Default;
    private readonly Dictionary<string, Sums> byCategory = new(StringComparer.Ordinal);
    private readonly Sums overall = new();
    private PurchaseSeries? series;

    public void Add(string? category, ConsumptionHistory history, DateOnly asOf)
    {
        series ??= new PurchaseSeries(settings);
        var stats = series.Load(history, asOf);
        if (stats.Intervals == 0)
        {
            return;
        }

        overall.Add(stats);
        if (category is not null)
        {
            if (!byCategory.TryGetValue(category, out var sums))
            {
                byCategory[category] = sums = new Sums();
            }

            sums.Add(stats);
        }
    }

    public CategoryPriors Build()
    {
        var all = overall.Prior(CategoryPrior.Fallback);
        var result = new Dictionary<string, CategoryPrior>(StringComparer.Ordinal);
        foreach (var (category, sums) in byCategory)
        {
            if (sums.Pairs >= settings.MinPairsPerCategory)
            {
                result[category] = sums.Prior(all);
            }
        }

        return new(result, all);
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
            if (stats.KeptIntervals > 1)
            {
                withinSquares += stats.SumSquares;
                withinDegrees += stats.KeptIntervals - 1;
            }
        }

        public CategoryPrior Prior(CategoryPrior fallback)
        {
            if (Pairs == 0)
            {
                return fallback;
            }

            var mean = sumLogGap / Pairs;
            var between = Pairs > 1 ? Math.Sqrt(Math.Max(0, (sumLogGapSquared - (Pairs * mean * mean)) / (Pairs - 1))) : fallback.BetweenLogSpread;
            var within = withinDegrees > 0 ? Math.Sqrt(withinSquares / withinDegrees) : fallback.WithinLogSpread;
            return new(Math.Exp(mean), within, between, Pairs);
        }
    }
}
