using PantryPilot.Domain.Forecasting;

namespace PantryPilot.Benchmarks.Forecasting;

/// <summary>Rolling origin: at each origin day T every pair is cut to its purchases on or before T, the category priors
/// are pooled from those cut histories only, and each method predicts the next purchase (after T) and the day the
/// stock of the last purchase runs out. Predictions of the next purchase are moved to T + 1 at the earliest for every
/// method (by T nothing was bought); depletion predictions are left as they are. Pairs with two or more purchase days
/// by T are scored against every baseline; pairs with one (cold start) are scored for the forecaster alone.</summary>
internal sealed class BacktestScorer(ForecastSettings settings)
{
    public Dictionary<BacktestMethod, BacktestScore> Scores { get; } = Enum.GetValues<BacktestMethod>().ToDictionary(m => m, _ => new BacktestScore());

    public BacktestScore ColdStart { get; } = new();

    public long Origins { get; private set; }

    public void Score(BacktestData data, IEnumerable<int> origins)
    {
        foreach (var origin in origins)
        {
            Origins++;
            var asOf = DateOnly.FromDayNumber(origin);
            var priors = new CategoryPriorsBuilder(settings);
            foreach (var pair in data.Pairs.Values)
            {
                priors.Add(pair.Category, pair.History, asOf, pair.Item);
            }

            var forecaster = new ConsumptionForecaster(priors.Build(), settings);
            foreach (var pair in data.Pairs.Values)
            {
                ScorePair(data, pair, origin, asOf, forecaster);
            }
        }
    }

    private void ScorePair(BacktestData data, BacktestPair pair, int origin, DateOnly asOf, ConsumptionForecaster forecaster)
    {
        var last = pair.LastOnOrBefore(origin);
        if (last < 0 || !forecaster.TryForecast(pair.History, asOf, pair.Category, null, out var f, out _, pair.Item))
        {
            return;
        }

        var (lastDay, lastQuantity, label) = pair.Days[last];
        (int RunOut, int Next, double LastsDays)? truth = data.Truth is { } t && t.TryGetValue((pair.User, pair.Item, lastDay), out var tr) ? tr : null;
        var trueRate = data.IndependentTruth?.RateOn(pair.User, pair.ItemName, pair.Unit, lastDay);
        int? actualNext = last + 1 < pair.Days.Count ? pair.Days[last + 1].Day : truth?.Next;
        int? actualDepletion = data.Truth is null ? label : truth?.RunOut;
        var horizon = actualNext - origin;
        var target = last == 0 ? ColdStart : Scores[BacktestMethod.Forecaster];
        if (actualNext is { } next)
        {
            target.AddNext(f!.NextPurchase.Point.DayNumber, next, horizon!.Value, f.NextPurchase.Contains(DateOnly.FromDayNumber(next)));
        }

        if (actualDepletion is { } depletion)
        {
            target.AddDepletion(f!.Depletion.Point.DayNumber, depletion, f.Depletion.Contains(DateOnly.FromDayNumber(depletion)));
        }

        if (trueRate is { } rate)
        {
            target.AddRate(f!.DailyRate, rate);
        }

        if (last == 0)
        {
            return;
        }

        var lastInterval = lastDay - pair.Days[last - 1].Day;
        var meanInterval = (double)(lastDay - pair.Days[0].Day) / last;
        Baseline(BacktestMethod.LastInterval, lastDay + lastInterval);
        Baseline(BacktestMethod.MeanInterval, lastDay + (int)Math.Round(meanInterval, MidpointRounding.AwayFromZero));
        Baseline(BacktestMethod.WeeklySeasonal, lastDay + (7 * Math.Max(1, (int)Math.Round(meanInterval / 7, MidpointRounding.AwayFromZero))));
        if (truth is { } known)
        {
            Baseline(BacktestMethod.TrueRate, lastDay + (int)Math.Round(known.LastsDays, MidpointRounding.AwayFromZero));
        }

        if (trueRate is { } independent)
        {
            Baseline(BacktestMethod.TrueRate, lastDay + (int)Math.Round(lastQuantity / independent, MidpointRounding.AwayFromZero));
            var previous = pair.Days[last - 1];
            Scores[BacktestMethod.LastInterval].AddRate(previous.Quantity / (lastDay - previous.Day), independent);
            var boughtBefore = pair.Days.Take(last).Sum(d => d.Quantity);
            Scores[BacktestMethod.MeanInterval].AddRate(boughtBefore / (lastDay - pair.Days[0].Day), independent);
        }

        void Baseline(BacktestMethod method, int predicted)
        {
            if (actualNext is { } next)
            {
                Scores[method].AddNext(Math.Max(predicted, origin + 1), next, horizon!.Value, covered: false);
            }

            if (actualDepletion is { } depletion)
            {
                Scores[method].AddDepletion(predicted, depletion, covered: false);
            }
        }
    }
}
