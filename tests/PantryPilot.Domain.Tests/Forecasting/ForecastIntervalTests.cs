using System.Globalization;
using PantryPilot.Domain.Forecasting;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Tests.Forecasting;

/// <summary>The 80 % intervals on hand-written histories. Every expected value is worked out by hand in the comment
/// above it; Student's t values (quantiles, tails) were computed independently with mpmath (30 digits, regularised
/// incomplete beta), not with the code under test.</summary>
public class ForecastIntervalTests
{
    // Scales of 1: the hand-worked intervals are the model's own, free of the calibration factors.
    private static readonly ForecastSettings Unscaled =
        new(PriorStrength: 0, IntervalScale: 1, ColdStartIntervalScale: 1, DepletionIntervalScale: 1);

    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ConsumptionHistory Grams(params (string Day, double Grams)[] purchases)
    {
        var h = new ConsumptionHistory();
        foreach (var (day, grams) in purchases)
        {
            Assert.True(h.AddPurchase(D(day), grams, CanonicalUnit.Gram));
        }

        return h;
    }

    private static ConsumptionForecast Forecast(ConsumptionHistory h, DateOnly asOf, CategoryPrior prior)
    {
        var priors = new CategoryPriors(new Dictionary<string, CategoryPrior>(), prior);
        var forecaster = new ConsumptionForecaster(priors, Unscaled);
        Assert.True(forecaster.TryForecast(h, asOf, "grains", null, out var f, out var why), why);
        return f!;
    }

    private static int Width(DateInterval i) => i.High.DayNumber - i.Low.DayNumber;

    private static readonly CategoryPrior Within01 = new(14, 0.1, 0.8, 10);

    [Fact]
    public void WildIntervals_WiderThanSteadyOnes()
    {
        // Steady: 700 g every 7 days (Jan 5 .. Feb 2), 100 g/day. Its 3 one-step-ahead misses are 0; with the prior's
        // 3 pseudo-misses of 0.1: variance = 3 * 0.01 / 6 = 0.005, times (1 + 1/4) -> sigma 0.079057; t(6) = 1.43976;
        // band 7 / exp(0.11382) = 6.247 .. 7.844 days: only day 7 is inside. Feb 2 + 7 = Feb 9, and nothing else.
        var steady = Grams(
            ("2026-01-05", 700), ("2026-01-12", 700), ("2026-01-19", 700), ("2026-01-26", 700), ("2026-02-02", 700));
        // Wild: 700 g after 5, 10, 6, 9 days (Jan 5, 10, 20, 26, Feb 4): 140, 70, 116.67, 77.78 g/day, all within 1.8x
        // of their median (95.3), so all kept: rate exp(mean ln) = 97.108 g/day, the last 700 g lasts 7.208 days.
        // Misses: ln(70/140) = -0.69315 (x 1/2), ln(116.67) - mean(ln 140, ln 70) = 0.16425 (x 2/3),
        // ln(77.78) - mean of the three = -0.29596 (x 3/4): 0.24023 + 0.01799 + 0.06570 = 0.32391.
        // variance = (0.32391 + 0.03) / 6 = 0.058985, times 1.25 -> sigma 0.27153; t(6) = 1.43976;
        // band 7.208 / exp(0.39094) = 4.876 .. 10.657 days: days 5 to 10, point 7.
        // Feb 4 + 5 = Feb 9, + 7 = Feb 11, + 10 = Feb 14: that is the next purchase.
        // The depletion splits off the shopping timing (LogSpread): steps ln(70/140) = -0.69315, ln(116.67/70) =
        // 0.51083, ln(77.78/116.67) = -0.40547, squares 0.48045 + 0.26094 + 0.16440 = 0.90580; half of it less the
        // misses, 0.45290 - 0.32391 = 0.12899 (under half the misses, 0.16195), over 6: T = 0.021498. With N = 4 the
        // mean's variance is (0.058985 - 2 * 0.021498 * 3/4) / 4 = 0.0066843; depletion variance 0.058985 - 0.021498
        // + 0.0066843 = 0.044171, sigma 0.21017; band 7.208 / exp(1.43976 * 0.21017 = 0.30259) = 5.326 .. 9.756
        // days: days 6 to 9, Feb 10 .. Feb 13, point Feb 11.
        var wild = Grams(
            ("2026-01-05", 700), ("2026-01-10", 700), ("2026-01-20", 700), ("2026-01-26", 700), ("2026-02-04", 700));

        var s = Forecast(steady, D("2026-02-02"), Within01);
        var w = Forecast(wild, D("2026-02-04"), Within01);

        Assert.Equal(new DateInterval(D("2026-02-09"), D("2026-02-09"), D("2026-02-09")), s.Depletion);
        Assert.Equal(new DateInterval(D("2026-02-09"), D("2026-02-11"), D("2026-02-14")), w.NextPurchase);
        Assert.Equal(new DateInterval(D("2026-02-10"), D("2026-02-11"), D("2026-02-13")), w.Depletion);
        Assert.Equal(97.108, w.DailyRate, 3);
        Assert.True(Width(w.Depletion) > Width(s.Depletion));
        Assert.Equal(s.Depletion, s.NextPurchase);
    }

    [Fact]
    public void BuyingAheadOnAlternateTrips_DepletionNarrowerThanNextPurchase()
    {
        // 100 g/day, 1000 g lots, every other lot bought 2 days before the last one runs out: 1000 g on Mar 1, 9, 21,
        // 29 and Apr 10, gaps 8, 12, 8, 12: rates 125, 83.33, 125, 83.33 g/day (all within 1.8x of the median 104.17).
        // Rate exp(mean ln) = sqrt(125 * 83.33) = 102.062 g/day; the last 1000 g lasts 9.798 days: point Apr 20.
        // x = ln rate: 4.82831, 4.42285, 4.82831, 4.42285.
        // Misses: -0.40547 (x 1/2), 4.82831 - 4.62558 = 0.20273 (x 2/3), 4.42285 - 4.69316 = -0.27031 (x 3/4):
        // 0.082201 + 0.027400 + 0.054801 = 0.16440. V = (0.16440 + 3 * 0.1^2) / 6 = 0.032400.
        // Next purchase: V (1 + 1/4) = 0.040500, sigma 0.20125; t(6) = 1.43976: 9.798 / exp(0.28975) = 7.333 ..
        // 13.091 days: days 8 to 13, Apr 18 .. Apr 23.
        // Steps: three of |ln(125 / 83.33)| = 0.40547, squares 3 * 0.16440 = 0.49321; half less the misses:
        // 0.24660 - 0.16440 = 0.082201, which is the cap (half the misses): all the pair's own scatter is timing.
        // T = 0.082201 / 6 = 0.013700. Mean: (0.032400 - 2 * 0.013700 * 3/4) / 4 = 0.0029625.
        // Depletion variance 0.032400 - 0.013700 + 0.0029625 = 0.021663, sigma 0.14718; band 9.798 / exp(0.21191) =
        // 7.927 .. 12.111 days: days 8 to 12, Apr 18 .. Apr 22.
        var h = Grams(
            ("2026-03-01", 1000), ("2026-03-09", 1000), ("2026-03-21", 1000), ("2026-03-29", 1000),
            ("2026-04-10", 1000));

        var f = Forecast(h, D("2026-04-10"), Within01);

        Assert.Equal(102.062, f.DailyRate, 3);
        Assert.Equal(new DateInterval(D("2026-04-18"), D("2026-04-20"), D("2026-04-23")), f.NextPurchase);
        Assert.Equal(new DateInterval(D("2026-04-18"), D("2026-04-20"), D("2026-04-22")), f.Depletion);
    }

    [Fact]
    public void ConstantHistory_NarrowsToOneDay()
    {
        // 700 g every 7 days, 12 purchases: 11 intervals of 100 g/day, 10 misses of 0. variance = 3 * 0.01 / 13 =
        // 0.0023077, times (1 + 1/11) -> sigma 0.050175; t(13) = 1.35017; band 7 / exp(0.067744) = 6.541 .. 7.491
        // days: day 7 alone. Last purchase Mar 23 (Jan 5 + 77): run-out Mar 30, no earlier, no later.
        var h = new ConsumptionHistory();
        for (var k = 0; k < 12; k++)
        {
            Assert.True(h.AddPurchase(D("2026-01-05").AddDays(7 * k), 700, CanonicalUnit.Gram));
        }

        var f = Forecast(h, D("2026-03-23"), Within01);

        Assert.Equal(new DateInterval(D("2026-03-30"), D("2026-03-30"), D("2026-03-30")), f.Depletion);
    }

    [Fact]
    public void Overdue_NextPurchaseIntervalIsTheTailBeyondToday()
    {
        // The steady buyer of ConsumptionForecasterTests: 1000 g on Mar 1, 11, 21, sigma 0.10607 with 4 dof, run-out
        // Mar 31. As of Apr 3 nothing was bought since, so the next purchase is Apr 4 (day 14) or later, which in the
        // continuous band is 13.5 days or more: z = ln(13.5 / 10) / 0.10607 = 2.82941, P(T4 > z) = 0.0236866.
        // Given that, the 10th percentile has upper tail 0.9 * 0.0236866 = 0.0213180: t = 2.93417 -> 10 * exp(0.31122)
        // = 13.651 days; the 90th has 0.1 * 0.0236866: 18.269 days. Days 14 to 18: Apr 4 .. Apr 8, point Apr 4.
        // (Before: the interval pressed against tomorrow, Apr 4 .. Apr 4.) The depletion is not conditioned: it may
        // well have passed.
        var h = Grams(("2026-03-01", 1000), ("2026-03-11", 1000), ("2026-03-21", 1000));

        var f = Forecast(h, D("2026-04-03"), new CategoryPrior(14, 0.1, 0.8, 10));

        Assert.Equal(new DateInterval(D("2026-04-04"), D("2026-04-04"), D("2026-04-08")), f.NextPurchase);
        Assert.Equal(new DateInterval(D("2026-03-30"), D("2026-03-31"), D("2026-04-01")), f.Depletion);
    }

    [Fact]
    public void OverdueColdStart_UsesTheSameTail()
    {
        // One 400 g purchase on Mar 1, prior: 20 days, within 0.2, between 0.5 -> sigma 0.53852, 30 dof (as in
        // TryForecast_OnePurchase_CategoryPrior). As of Apr 9 (day 39) nothing more: the next purchase is day 40 or
        // later, 39.5 days or more: z = ln(39.5 / 20) / 0.53852 = 1.26378, P(T30 > z) = 0.108020. The conditional 10th
        // percentile is 40.874 days (day 41, below the point: the point, day 40 = Apr 10, is the low end), the 90th
        // 73.769 days: day 73 = May 13.
        var h = Grams(("2026-03-01", 400));

        var f = Forecast(h, D("2026-04-09"), new CategoryPrior(20, 0.2, 0.5, 40));

        Assert.Equal(new DateInterval(D("2026-04-10"), D("2026-04-10"), D("2026-05-13")), f.NextPurchase);
    }

    [Fact]
    public void FarOverdue_TailBeyondTheTableStaysFinite()
    {
        // Prior 20 days with spreads 0.05 and 0.05: sigma 0.070711, 30 dof. 199 days after the one purchase the
        // next one is day 200 or later: z = ln(199.5 / 20) / 0.070711 = 32.528, P(T30 > z) = 2.96e-25, far past the
        // quantile table (1e-15), where the tail is extrapolated as a power law. Exactly: 10th percentile 201.17 days,
        // 90th 240.84 days; the extrapolation must land within a day of that, and the point (day 200) stays inside.
        var h = Grams(("2026-03-01", 400));
        var asOf = D("2026-03-01").AddDays(199);

        var f = Forecast(h, asOf, new CategoryPrior(20, 0.05, 0.05, 40));

        Assert.Equal(asOf.AddDays(1), f.NextPurchase.Low);
        Assert.Equal(asOf.AddDays(1), f.NextPurchase.Point);
        Assert.InRange(f.NextPurchase.High.DayNumber - D("2026-03-01").DayNumber, 239, 241);
    }
}
