using System.Globalization;
using PantryPilot.Domain.Forecasting;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Tests.Forecasting;

/// <summary>Hand-written histories; every expected value is worked out by hand in the comment above it.</summary>
public class ConsumptionForecasterTests
{
    // Interval scales of 1 keep the hand-worked intervals free of the tuned calibration factors.
    private static readonly ForecastSettings NoShrink =
        new(PriorStrength: 0, IntervalScale: 1, ColdStartIntervalScale: 1, DepletionIntervalScale: 1);

    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ConsumptionHistory Grams(params (string Day, double Grams)[] purchases)
    {
        var h = new ConsumptionHistory();
        var row = 1;
        foreach (var (day, grams) in purchases)
        {
            Assert.True(h.AddPurchase(D(day), grams, CanonicalUnit.Gram, row++));
        }

        return h;
    }

    private static ConsumptionForecast Forecast(
        ConsumptionHistory h, string asOf, ForecastSettings? settings = null, CategoryPrior? prior = null, IReadOnlyList<StockLot>? lots = null)
    {
        var priors = new CategoryPriors(new Dictionary<string, CategoryPrior>(), prior ?? CategoryPrior.Fallback);
        Assert.True(new ConsumptionForecaster(priors, settings ?? NoShrink).TryForecast(h, D(asOf), "grains", lots, out var f, out var why), why);
        return f!;
    }

    [Fact]
    public void TryForecast_SteadyBuyer_RateDepletionAndIntervalByHand()
    {
        // 1000 g on Mar 1, 11 and 21: each lasted 10 days, 100 g/day. The last 1000 g runs out Mar 21 + 10 = Mar 31.
        // Spread: the one one-step-ahead miss (interval 2 against interval 1) is 0, so only the prior's within spread
        // (0.1, 3 pseudo-misses) counts: variance = (0 + 3 * 0.1^2) / (1 + 3) = 0.0075; widened for the mean:
        // 0.0075 * (1 + 1/2) = 0.01125, sigma 0.10607.
        // t(4 dof, 90th pct) = 1.5332; spread = exp(1.5332 * 0.10607) = 1.1766.
        // Whole days inside the band: 10 / 1.1766 = 8.50 -> day 9 = Mar 30; 10 * 1.1766 = 11.77 -> day 11 = Apr 1.
        var h = Grams(("2026-03-01", 1000), ("2026-03-11", 1000), ("2026-03-21", 1000));

        var f = Forecast(h, "2026-03-22", prior: new CategoryPrior(14, 0.1, 0.8, 10));

        Assert.Equal(ForecastBasis.PurchaseHistory, f.Basis);
        Assert.Equal(100, f.DailyRate, 3);
        Assert.Equal(3, f.PurchaseDays);
        Assert.Equal(2, f.IntervalsUsed);
        Assert.Equal(new DateInterval(D("2026-03-30"), D("2026-03-31"), D("2026-04-01")), f.Depletion);
        Assert.Equal(f.Depletion, f.NextPurchase);
        Assert.Equal(D("2026-03-21"), f.LastPurchase);
    }

    [Fact]
    public void TryForecast_BulkBuy_LastsProportionallyLonger()
    {
        // 500 g lasted 5 days (Jan 1 -> 6), the 1500 g bulk buy 15 days (Jan 6 -> 21): both 100 g/day.
        // The last 500 g runs out Jan 21 + 5 = Jan 26. (A mean-interval rule would say Jan 21 + 10 = Jan 31.)
        var h = Grams(("2026-01-01", 500), ("2026-01-06", 1500), ("2026-01-21", 500));

        var f = Forecast(h, "2026-01-21");

        Assert.Equal(100, f.DailyRate, 3);
        Assert.Equal(D("2026-01-26"), f.Depletion.Point);
    }

    [Fact]
    public void TryForecast_UnrecordedPurchase_IntervalSetAside()
    {
        // 700 g every 7 days, but the Jan 22 purchase is missing: rates 100, 100, 50, 100 g/day. The median is 100;
        // 50 is 2x off (more than 1.8x), so it is set aside: 100 g/day from 3 intervals, run-out Feb 5 + 7 = Feb 12.
        // (Averaging all of it would give 2800 g / 35 days = 80 g/day and Feb 13.75.)
        var h = Grams(("2026-01-01", 700), ("2026-01-08", 700), ("2026-01-15", 700), ("2026-01-29", 700), ("2026-02-05", 700));

        var f = Forecast(h, "2026-02-06");

        Assert.Equal(100, f.DailyRate, 3);
        Assert.Equal(3, f.IntervalsUsed);
        Assert.Equal(D("2026-02-12"), f.Depletion.Point);
    }

    [Fact]
    public void TryForecast_OnePurchase_CategoryPrior()
    {
        // One 400 g purchase on Mar 1; the category's purchases last 20 days: 20 g/day, run-out Mar 21.
        // Spread: between households 0.5 and within one 0.2 together, sqrt(0.25 + 0.04) = 0.53852, with 30 dof:
        // t = 1.3104, spread = exp(0.70568) = 2.0252; 20 / 2.0252 = 9.88 -> day 10 = Mar 11; 20 * 2.0252 = 40.50 -> day
        // 40 = Apr 10.
        var h = Grams(("2026-03-01", 400));

        var f = Forecast(h, "2026-03-02", prior: new CategoryPrior(20, 0.2, 0.5, 40));

        Assert.Equal(ForecastBasis.CategoryPrior, f.Basis);
        Assert.Equal(20, f.DailyRate, 3);
        Assert.Equal(new DateInterval(D("2026-03-11"), D("2026-03-21"), D("2026-04-10")), f.Depletion);
    }

    [Fact]
    public void TryForecast_PriorStrengthOne_HalfwayOnTheLogScale()
    {
        // 300 g on Mar 1 and Mar 4: 100 g/day. Prior: purchases last 6 days, so 300 g -> 50 g/day.
        // One interval against one pseudo-interval: exp((ln 100 + ln 50) / 2) = sqrt(5000) = 70.71 g/day.
        // The last 300 g lasts 300 / 70.71 = 4.24 days: Mar 4 + 4 = Mar 8.
        var h = Grams(("2026-03-01", 300), ("2026-03-04", 300));

        var f = Forecast(h, "2026-03-04", settings: NoShrink with { PriorStrength = 1 }, prior: new CategoryPrior(6, 0.2, 0.5, 40));

        Assert.Equal(Math.Sqrt(5000), f.DailyRate, 3);
        Assert.Equal(D("2026-03-08"), f.Depletion.Point);
    }

    [Fact]
    public void TryForecast_SameDayPurchases_CountAsOne()
    {
        // Mar 1: 200 + 300 g = 500 g, lasted until Mar 6: 100 g/day. Mar 6: 400 + 600 g = 1000 g -> Mar 16.
        var h = Grams(("2026-03-06", 600), ("2026-03-01", 200), ("2026-03-06", 400), ("2026-03-01", 300));

        var f = Forecast(h, "2026-03-06");

        Assert.Equal(2, f.PurchaseDays);
        Assert.Equal(100, f.DailyRate, 3);
        Assert.Equal(D("2026-03-16"), f.Depletion.Point);
    }

    [Fact]
    public void TryForecast_ConsumeEvents_WeighInByTheirDays()
    {
        // Purchases: 1000 g lasted Mar 1 -> 21, 50 g/day (one interval).
        // Events: Mar 1 100 g, Mar 8 300 g, Mar 15 300 g: after the first day 600 g over 14 days = 42.857 g/day, and
        // three event days count as two intervals. exp((1 * ln 50 + 2 * ln 42.857) / 3) = (50 * 42.857^2)^(1/3) =
        // 45.12.
        var h = Grams(("2026-03-01", 1000), ("2026-03-21", 1000));
        h.AddUsage(D("2026-03-01"), 100, CanonicalUnit.Gram, UsageKind.Consumed);
        h.AddUsage(D("2026-03-08"), 300, CanonicalUnit.Gram, UsageKind.Cooked);
        h.AddUsage(D("2026-03-15"), 300, CanonicalUnit.Gram, UsageKind.Consumed);

        var f = Forecast(h, "2026-03-21");

        Assert.Equal(ForecastBasis.UsageEvents, f.Basis);
        Assert.Equal(45.12, f.DailyRate, 2);
    }

    [Fact]
    public void TryForecast_Discard_IsNotConsumption()
    {
        // 1000 g Mar 1, 500 g of it thrown away Mar 5, next purchase Mar 11: 500 g eaten in 10 days = 50 g/day.
        // The 1000 g of Mar 11 lasts 20 days: Mar 31.
        var h = Grams(("2026-03-01", 1000), ("2026-03-11", 1000));
        h.AddUsage(D("2026-03-05"), 500, CanonicalUnit.Gram, UsageKind.Discarded);

        var f = Forecast(h, "2026-03-11");

        Assert.Equal(50, f.DailyRate, 3);
        Assert.Equal(D("2026-03-31"), f.Depletion.Point);
    }

    [Fact]
    public void TryForecast_LotsOnTheShelf_FifoWithExpiry()
    {
        // 100 g/day (the steady history). As of Mar 25 the shelf holds lot A (500 g, in Mar 11, expires Mar 27) and
        // lot B (1000 g, in Mar 21, expires Apr 30). First in first out from the start of Mar 25:
        // A would take 5 days but is usable only through Mar 27 (3 days): 300 g eaten, 200 g left when it expires;
        // it would have lasted until Mar 25 + 5 days - 1 = Mar 29. B starts at day 3 and lasts 10 days, to day 13,
        // well before Apr 30. Run-out: Mar 25 + 13 = Apr 7 (not Apr 9: the 200 g thrown out never gets eaten).
        var h = Grams(("2026-03-01", 1000), ("2026-03-11", 1000), ("2026-03-21", 1000));
        StockLot a = new(500, D("2026-03-27"), D("2026-03-11"), 7), b = new(1000, D("2026-04-30"), D("2026-03-21"), 8);

        var f = Forecast(h, "2026-03-25", lots: [b, a]);

        Assert.Equal(1500, f.StockOnHand, 6);
        Assert.Equal(D("2026-04-07"), f.Depletion.Point);
        var expiring = Assert.Single(f.ExpiringLots);
        Assert.Same(a, expiring.Lot);
        Assert.Equal(200, expiring.QuantityLeftAtExpiry, 3);
        Assert.Equal(D("2026-03-29"), expiring.UsedUpBy);
    }

    [Fact]
    public void TryForecast_ExpiredLot_NotStock()
    {
        // A lot that expired before the as-of day is not eaten: only the 300 g lot counts, 3 days at 100 g/day.
        var h = Grams(("2026-03-01", 1000), ("2026-03-11", 1000), ("2026-03-21", 1000));

        var f = Forecast(h, "2026-03-25", lots: [new(400, D("2026-03-20")), new(300, D("2026-05-01"))]);

        Assert.Equal(300, f.StockOnHand, 6);
        Assert.Equal(D("2026-03-28"), f.Depletion.Point);
        Assert.Empty(f.ExpiringLots);
    }

    [Fact]
    public void TryForecast_EmptyShelf_RunOutIsTodayAndNextPurchaseNotBeforeTomorrow()
    {
        var h = Grams(("2026-03-01", 1000), ("2026-03-11", 1000));

        var f = Forecast(h, "2026-03-25", lots: []);

        Assert.Equal(D("2026-03-25"), f.Depletion.Point);
        Assert.Equal(D("2026-03-26"), f.NextPurchase.Point);
        Assert.Equal(D("2026-03-26"), f.NextPurchase.Low);
    }

    [Fact]
    public void TryForecast_OverdueWithoutShelf_NextPurchaseMovedToTomorrow()
    {
        // 100 g/day; the last 1000 g (Mar 11) ran out Mar 21. As of Mar 25 nothing was bought since: the depletion
        // stays Mar 21 (in the past), the next purchase can only be Mar 26 or later.
        var h = Grams(("2026-03-01", 1000), ("2026-03-11", 1000));

        var f = Forecast(h, "2026-03-25");

        Assert.Equal(D("2026-03-21"), f.Depletion.Point);
        Assert.Equal(D("2026-03-26"), f.NextPurchase.Point);
    }
}
