using System.Globalization;

namespace PantryPilot.Domain.Forecasting;

/// <summary>The one forecaster: consumption rate, depletion date, next purchase date (each with an 80 % interval) and
/// the lots that will expire before they are used, for one household and item.
///
/// The model (docs/forecasting.md):
/// * What is bought on one purchase day lasts until the next purchase day, so each interval gives a rate sample
///   x = ln(quantity / days). Rates are averaged on the log scale; with three or more intervals, one more than
///   <see cref="ForecastSettings.OutlierRatio"/> off the median is set aside (an unrecorded purchase, a holiday).
///   Bulk buys need no special case: a large quantity lasts proportionally longer.
/// * Consume and cook events, where recorded, are a second rate estimate, weighted by their number of days.
/// * The pair's rate is shrunk towards its prior (how long a purchase of the item, else of its category, lasts across
///   households) by <see cref="ForecastSettings.PriorStrength"/> intervals; one purchase only: the prior alone.
/// * Depletion = start + stock / rate, where stock and start are the lots on the shelf and the as-of day when known,
///   else the last purchase and its day. The interval is multiplicative, exp(±s·t·σ) (<see
///   cref="PredictiveInterval"/>), t Student's 80 % quantile; it holds the whole days inside that band. The next
///   purchase's σ is the pair's own spread (its one-step-ahead misses, every interval counted) shrunk towards its
///   prior's and widened for the uncertainty of the mean, s <see cref="ForecastSettings.IntervalScale"/>. The
///   depletion's σ, counted from the last purchase, splits that spread into consumption noise and shopping-timing
///   noise (<see cref="LogSpread"/>), s <see cref="ForecastSettings.DepletionIntervalScale"/>.
/// * Next purchase: households in the histories buy when they run out, so it is the depletion point, moved no
///   earlier than the day after the as-of day; its interval is the depletion's distribution given that no purchase
///   was recorded by the as-of day.
/// * Lots are used first in first out; a lot whose share of the timeline ends after its expiry is reported with what
///   will be left of it on that day, and the next lot starts when it is thrown out.
/// Not thread-safe (scratch arrays): one instance per thread.</summary>
public sealed class ConsumptionForecaster(CategoryPriors? priors = null, ForecastSettings? settings = null)
{
    private readonly ForecastSettings settings = settings ?? ForecastSettings.Default;
    private readonly CategoryPriors priors = priors ?? CategoryPriors.Empty;
    private PurchaseSeries? series;

    public ForecastSettings Settings => settings;

    /// <summary>Forecasts <paramref name="history"/> as of the end of <paramref name="asOf"/>.</summary>
    /// <param name="category">Picks the prior when the item itself has too few households (<paramref
    /// name="item"/>).</param>
    /// <param name="lots">The stock on the shelf now, or null when unknown (then the last purchase is the
    /// stock).</param>
    /// <param name="whyNot">Why there is no forecast (no usable purchase on or before the as-of day).</param>
    public bool TryForecast(
        ConsumptionHistory history,
        DateOnly asOf,
        string? category,
        IReadOnlyList<StockLot>? lots,
        out ConsumptionForecast? forecast,
        out string? whyNot,
        string? item = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        series ??= new PurchaseSeries(settings);
        var stats = series.Load(history, asOf);
        var rejections = Rejections(history, series.FutureRows, asOf);
        forecast = null;
        if (stats.PurchaseDays == 0)
        {
            var refused = history.Rejections.Count > 0
                ? $" ({history.Rejections.Count} rows refused: {history.Rejections[0].Reason})"
                : "";
            whyNot = history.PurchaseRows == 0
                ? "no usable purchase" + refused
                : $"every purchase is dated after the as-of day {ConsumptionHistory.Iso(asOf)}";
            return false;
        }

        var prior = priors.For(category, item);
        var (logRate, spread, degrees, basis, intervals) = Rate(stats, prior);
        var rate = Math.Exp(logRate);
        var lastPurchase = DateOnly.FromDayNumber(stats.LastDay);
        var coldStart = basis == ForecastBasis.CategoryPrior;
        var logScale = (coldStart ? settings.ColdStartIntervalScale : settings.IntervalScale) * spread.NextPurchase;
        (double Usable, double Days, List<ExpiringLot>? Expiring)? lotPlan =
            lots is null ? null : PlanLots(lots, asOf, rate);
        var (start, stock, days) = lotPlan is { } plan
            ? (asOf.DayNumber, plan.Usable, plan.Days)
            : (stats.LastDay, stats.LastQuantity, stats.LastQuantity / rate);
        // From the last purchase the depletion has its own spread (the stock carried over into it is unknown, the
        // shopping-timing noise of the next purchase is not its business); from the shelf the stock is known and the
        // next purchase is the run-out, so both keep the next purchase's spread (the backtest does not measure it).
        var depletionScale = coldStart ? settings.ColdStartIntervalScale : settings.DepletionIntervalScale;
        var depletion = lotPlan is null
            ? PredictiveInterval.Central(start, days, depletionScale * spread.Depletion, degrees)
            : PredictiveInterval.Central(start, days, logScale, degrees);
        // Counted from the last purchase, the next one is known not to have happened by the as-of day; counted from
        // the shelf, the stock is what is left now and the interval already starts today.
        var next = lotPlan is null
            ? PredictiveInterval.NotBefore(start, days, logScale, degrees, asOf.DayNumber + 1)
            : depletion.NotBefore(asOf.AddDays(1));
        IReadOnlyList<ExpiringLot> expiring = (IReadOnlyList<ExpiringLot>?)lotPlan?.Expiring ?? [];
        forecast = new(
            basis, rate, history.Unit!.Value, lastPurchase, stats.PurchaseDays, intervals, stock, depletion, next,
            expiring, rejections);
        whyNot = null;
        return true;
    }

    /// <summary>The pair's log rate, its predictive log spreads (next purchase, depletion from the last purchase), the
    /// degrees of freedom of those spreads, the basis, and how many intervals it rests on.</summary>
    private (double LogRate, LogSpread Spread, int Degrees, ForecastBasis Basis, int Intervals) Rate(
        PairStatistics stats, CategoryPrior prior)
    {
        // The prior as a rate for this pair: its typical purchase lasting the category's typical number of days.
        var logQuantity = double.IsNaN(stats.MeanLogQuantity)
            ? Math.Log(Math.Max(stats.LastQuantity, 1e-9))
            : stats.MeanLogQuantity;
        var priorLogRate = logQuantity - Math.Log(prior.CoverDays);
        var n = stats.KeptIntervals;
        var usageWeight = double.IsNaN(stats.UsageLogRate) ? 0 : stats.UsageWeight;
        if (n == 0 && usageWeight == 0)
        {
            // A new pair's first purchase lasts as long as its household's typical one (which scatters between
            // households) and then some (the scatter within a household).
            var coldSpread = Math.Sqrt((prior.BetweenLogSpread * prior.BetweenLogSpread)
                + (prior.WithinLogSpread * prior.WithinLogSpread));
            return (priorLogRate, new(coldSpread, coldSpread), 30, ForecastBasis.CategoryPrior, 0);
        }

        var own = n > 0 ? stats.LogRate : 0;
        var combined = ((n * own) + (usageWeight * (usageWeight > 0 ? stats.UsageLogRate : 0))) / (n + usageWeight);
        var weight = n + usageWeight;
        var k0 = settings.PriorStrength;
        var logRate = ((weight * combined) + (k0 * priorLogRate)) / (weight + k0);
        // The spread is the pair's own: its one-step-ahead misses, shrunk towards the pooled prior's by nu0
        // pseudo-misses, so a short history leans on the prior and a long one on itself.
        var nu0 = settings.PriorDegreesOfFreedom;
        var within = prior.WithinLogSpread;
        var dof = stats.MissCount + nu0;
        var variance = dof > 0 ? (stats.MissSquares + (nu0 * within * within)) / dof : within * within;
        // Shopping-timing variance: the pair's own evidence only (its steps against its misses); the prior's
        // pseudo-misses count as consumption, so a short history keeps the next purchase's spread for its depletion.
        var timing = dof > 0
            ? Math.Clamp((stats.StepSquares / 2) - stats.MissSquares, 0, stats.MissSquares / 2) / dof
            : 0;
        var basis = usageWeight > 0 ? ForecastBasis.UsageEvents : ForecastBasis.PurchaseHistory;
        return (logRate, LogSpread.Of(variance, timing, weight + k0), Math.Max(1, dof), basis, n);
    }

    /// <summary>First in first out at <paramref name="rate"/>: lots by arrival, then expiry. A lot already expired is
    /// the expired alert's business: it is not stock and takes no time. One that expires part-used is thrown out at the
    /// end of its expiry day and the next lot starts then. Returns the usable stock, the days it lasts from the start
    /// of the as-of day, and the lots that expire before they are used.</summary>
    private static (double Usable, double Days, List<ExpiringLot>? Expiring) PlanLots(
        IReadOnlyList<StockLot> lots, DateOnly asOf, double rate)
    {
        List<ExpiringLot>? expiring = null;
        var ordered = lots.Count == 1
            ? lots
            : [.. lots.OrderBy(l => l.Acquired ?? DateOnly.MinValue)
                .ThenBy(l => l.Expiry ?? DateOnly.MaxValue)
                .ThenBy(l => l.SourceRow ?? long.MinValue)];
        var cursor = 0.0;
        var usable = 0.0;
        foreach (var lot in ordered)
        {
            if (lot.Quantity <= 0 || lot.Expiry < asOf)
            {
                continue;
            }

            usable += lot.Quantity;
            var lasts = lot.Quantity / rate;
            var usableUntil = lot.Expiry is { } expiry
                ? expiry.DayNumber - asOf.DayNumber + 1.0
                : double.PositiveInfinity;
            if (cursor + lasts <= usableUntil)
            {
                cursor += lasts;
                continue;
            }

            var used = Math.Max(0, usableUntil - cursor) * rate;
            var usedUpBy = Day(asOf.DayNumber + Math.Ceiling(cursor + lasts) - 1);
            (expiring ??= []).Add(new(lot, usedUpBy, lot.Quantity - used));
            cursor = Math.Max(cursor, usableUntil);
        }

        return (usable, cursor, expiring);
    }

    private static IReadOnlyList<HistoryRejection> Rejections(ConsumptionHistory history, int future, DateOnly asOf)
    {
        if (future == 0)
        {
            return history.Rejections; // shared, not copied: a pipeline run forecasts a million pairs
        }

        var count = future.ToString(CultureInfo.InvariantCulture);
        var reason = $"{count} purchase row(s) dated after the as-of day {ConsumptionHistory.Iso(asOf)} left out";
        return [.. history.Rejections, new(null, reason)];
    }

    private static DateOnly Day(double dayNumber) =>
        DateOnly.FromDayNumber((int)Math.Clamp(dayNumber, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));
}
