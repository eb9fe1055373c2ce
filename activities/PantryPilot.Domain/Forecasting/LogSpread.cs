namespace PantryPilot.Domain.Forecasting;

/// <summary>A pair's two predictive log spreads: the next purchase's and the depletion's counted from the last
/// purchase.
///
/// Model: one interval's log rate is x_k = c_k + e_(k+1) - e_k, c_k the consumption over the interval (independent
/// from one interval to the next; a drifting rate adds to it) with variance C, e_k the shopping timing of purchase k
/// (bought ahead of the run-out, the stock carried over, or late) with variance T. One x then has variance
/// V = C + 2T and lag-1 covariance -T, so successive steps x_k - x_(k-1) have mean square 2 (V + T): a pair's steps
/// against its one-step-ahead misses give T (<see cref="ConsumptionForecaster"/>; its own evidence only, within
/// [0, V / 2]; a drifting rate shows as positive covariance and reads as T = 0).
/// * The next purchase is the run-out of the last lot plus the next timing miss: a whole interval's variance plus the
///   error of the mean, V (1 + 1/N), N the intervals the mean rests on (as before the split).
/// * The depletion of the last lot is its consumption (C) plus the unknown stock carried over into it, which is the
///   last timing miss (T), plus the error of the mean rate. The mean of N x's telescopes the timing misses: its
///   variance is C / N + 2T / N^2 = (V - 2T (N - 1) / N) / N. So the depletion's variance is V - T + that: never more
///   than the next purchase's, and the same when the intervals show no timing noise (as where a household buys the
///   day it runs out).</summary>
internal readonly record struct LogSpread(double NextPurchase, double Depletion)
{
    /// <param name="variance">V: one interval's variance (the pair's one-step-ahead misses, pooled with its
    /// prior's).</param>
    /// <param name="timing">T: the shopping-timing variance, at most V / 2.</param>
    /// <param name="intervals">N: how many intervals the mean rate counts as.</param>
    public static LogSpread Of(double variance, double timing, double intervals)
    {
        var n = Math.Max(1, intervals);
        var t = Math.Clamp(timing, 0, variance / 2);
        var meanError = (variance - (2 * t * (n - 1) / n)) / n;
        return new(Math.Sqrt(variance * (1 + (1 / n))), Math.Sqrt(variance - t + meanError));
    }
}
