namespace PantryPilot.Domain.Forecasting;

/// <summary>The forecaster's few knobs. The defaults were chosen with forecast-backtest on the tune seed family of
/// regime (a) only (docs/forecasting.md); the held-out regime and the report seeds were never used to choose them.
/// On that family any shrinking of a pair's own rate towards the pooled prior made forecasts worse (MAE 2.07 days
/// without, 2.51 at 0.2, 3.35 at 0.5), so the prior serves cold start and the spread only.</summary>
/// <param name="PriorStrength">How many intervals the category prior counts as when shrinking a pair's rate.</param>
/// <param name="PriorDegreesOfFreedom">How many intervals the category's pooled spread counts as in a pair's
/// spread.</param>
/// <param name="OutlierRatio">With 3+ intervals, one whose rate is this many times off the median is set aside.</param>
/// <param name="RecencyHalfLife">Intervals after which an interval's weight halves (0: all weigh the same).</param>
/// <param name="IntervalScale">Multiplies the pair's own spread in the 80 % interval (calibration). Chosen on the tune
/// seeds of regime (a) the conformal way: the smallest scale (in steps of 0.01) whose intervals cover at least 80 % of
/// both next purchases and depletions there (0.94: 79.9 % / 82.5 %; 0.95: 80.3 % / 83.0 %). Near 1, the scale that
/// trusts the model as it is, because the spread is the pair's own.</param>
/// <param name="ColdStartIntervalScale">The same for a forecast from the prior alone (one purchase), chosen the same
/// way over 1.2, 1.3, 1.4, 1.5 (1.3: 83.6 % / 75.9 %; 1.4: 85.8 % / 80.4 %): pairs still at one purchase are the
/// rarely bought ones, slower than the pairs the prior is pooled from, so the spread needs more room.</param>
/// <param name="MinUsageSpanDays">Consume/cook events count only when they span at least this many days.</param>
/// <param name="MinPairsPerCategory">Fewer pairs than this in a category: its prior falls back to all
/// categories.</param>
public sealed record ForecastSettings(
    double PriorStrength = 0,
    int PriorDegreesOfFreedom = 3,
    double OutlierRatio = 1.8,
    double RecencyHalfLife = 0,
    double IntervalScale = 0.95,
    double ColdStartIntervalScale = 1.4,
    int MinUsageSpanDays = 7,
    int MinPairsPerCategory = 5)
{
    public static ForecastSettings Default { get; } = new();

    /// <summary>The coverage the interval aims at.</summary>
    public const double IntervalCoverage = 0.8;
}
