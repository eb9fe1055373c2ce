namespace PantryPilot.Domain.Forecasting;

/// <summary>Forecast accuracy on a data set's own history, by a last-interval holdout: for each household item with
/// three or more purchase days, forecast as of its second-to-last purchase day and compare the predicted next purchase
/// with the last one, against the naive baselines (last interval, mean interval, weekly seasonal) on the same pairs.
/// Priors are the ones pooled for the whole run (their within spread only touches the interval).</summary>
public sealed class HoldoutAccuracy(ConsumptionForecaster forecaster)
{
    private readonly double[] errors = new double[4];

    public long Pairs { get; private set; }

    public long Covered { get; private set; }

    public static IReadOnlyList<string> Methods { get; } =
        ["forecaster", "last interval", "mean interval", "weekly seasonal"];

    /// <summary>Mean absolute error in days per method, in the order of <see cref="Methods"/>.</summary>
    public IReadOnlyList<double> MeanAbsoluteErrors =>
        errors.Select(e => Pairs == 0 ? double.NaN : e / Pairs).ToArray();

    public double Coverage => Pairs == 0 ? double.NaN : (double)Covered / Pairs;

    /// <param name="days">The pair's distinct purchase days on or before the run's as-of day, sorted.</param>
    public void Add(ConsumptionHistory history, ReadOnlySpan<int> days, string? category, string? item)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (days.Length < 3)
        {
            return;
        }

        var origin = days[^2];
        var actual = days[^1];
        if (!forecaster.TryForecast(history, DateOnly.FromDayNumber(origin), category, null, out var f, out _, item))
        {
            return;
        }

        var last = origin - days[^3];
        var mean = (double)(origin - days[0]) / (days.Length - 2);
        Pairs++;
        errors[0] += Math.Abs(f!.NextPurchase.Point.DayNumber - actual);
        errors[1] += Math.Abs(Math.Max(origin + last, origin + 1) - actual);
        var meanDays = (int)Math.Round(mean, MidpointRounding.AwayFromZero);
        var weeks = Math.Max(1, (int)Math.Round(mean / 7, MidpointRounding.AwayFromZero));
        errors[2] += Math.Abs(Math.Max(origin + meanDays, origin + 1) - actual);
        errors[3] += Math.Abs(origin + (7 * weeks) - actual);
        Covered += f.NextPurchase.Contains(DateOnly.FromDayNumber(actual)) ? 1 : 0;
    }
}
