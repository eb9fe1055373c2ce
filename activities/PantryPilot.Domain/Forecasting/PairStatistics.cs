namespace PantryPilot.Domain.Forecasting;

/// <summary>What one history says about its rate, on the log scale: x = ln(quantity bought / days it lasted) for each
/// interval between purchase days that was kept (see <see cref="PurchaseSeries"/>).</summary>
/// <param name="LogRate">Weighted mean of x over the kept intervals (NaN without one).</param>
/// <param name="MissSquares">The pair's one-step-ahead misses: over every interval k &gt;= 1 (outliers included),
/// (x_k - mean of the x before it)^2 / (1 + 1/k); divided by <paramref name="MissCount"/> it estimates the variance of
/// one interval's x around the pair's rate, as its own past forecasts would have found it.</param>
/// <param name="MissCount">How many misses <paramref name="MissSquares"/> sums (usable intervals - 1, at least
/// 0).</param>
/// <param name="StepSquares">Sum of (x_k - x_(k-1))^2 over successive usable intervals (<paramref name="MissCount"/>
/// steps): divided by their number it estimates 2 (variance - lag-1 covariance) of x.</param>
/// <param name="MeanLogGap">Mean ln(days between purchase days) over all intervals (for category priors).</param>
/// <param name="MeanLogQuantity">Mean ln(quantity) over purchase days.</param>
/// <param name="UsageLogRate">ln(rate) from consume and cook events, NaN when they do not span enough days.</param>
/// <param name="UsageWeight">How many intervals the usage evidence counts as (event days - 1).</param>
internal readonly record struct PairStatistics(
    int PurchaseDays,
    int FirstDay,
    int LastDay,
    double LastQuantity,
    int Intervals,
    int KeptIntervals,
    double LogRate,
    double MissSquares,
    int MissCount,
    double StepSquares,
    double MeanLogGap,
    double MeanLogQuantity,
    double UsageLogRate,
    int UsageWeight);
