using CsCheck;
using PantryPilot.Domain.Forecasting;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Tests.Forecasting;

/// <summary>Properties that hold for any history, checked on generated ones: a constant rate is found exactly, scaling
/// every quantity scales the rate and nothing else, and the order of the rows changes nothing.</summary>
public class ForecastPropertyTests
{
    private static readonly DateOnly Start = new(2025, 1, 6);

    /// <summary>A history as (gap in days before the purchase, quantity) pairs; the first gap is ignored.</summary>
    private static readonly Gen<(int Gap, double Quantity)[]> Histories =
        Gen.Select(Gen.Int[1, 60], Gen.Double[0.1, 5000]).Array[1, 12];

    private static ConsumptionHistory Build(IEnumerable<(int Day, double Quantity)> purchases)
    {
        var h = new ConsumptionHistory();
        foreach (var (day, quantity) in purchases)
        {
            h.AddPurchase(Start.AddDays(day), quantity, CanonicalUnit.Gram);
        }

        return h;
    }

    private static (int Day, double Quantity)[] Dated((int Gap, double Quantity)[] history)
    {
        var day = 0;
        return history.Select((p, i) => (day += i == 0 ? 0 : p.Gap, p.Quantity)).ToArray();
    }

    private static ConsumptionForecast Forecast(ConsumptionHistory h, DateOnly asOf, ForecastSettings? settings = null)
    {
        Assert.True(new ConsumptionForecaster(settings: settings).TryForecast(h, asOf, "dairy", null, out var f, out var why), why);
        return f!;
    }

    [Fact]
    public void ConstantRate_WithoutPrior_ForecastsThatRate() =>
        // Each purchase lasts exactly quantity / rate days (whole days), so every interval is the same rate.
        Gen.Select(Gen.Double[0.5, 400], Gen.Int[1, 40].Array[2, 10]).Sample(x =>
        {
            var (rate, gaps) = x;
            var day = 0;
            var rows = gaps.Select(g => { var d = day; day += g; return (d, g * rate); }).ToArray();
            var f = Forecast(Build(rows), Start.AddDays(day), new ForecastSettings(PriorStrength: 0));
            return Math.Abs((f.DailyRate / rate) - 1) < 1e-6;
        });

    [Fact]
    public void ConstantRate_WithPrior_LiesBetweenOwnRateAndPrior() =>
        // Shrinking on the log scale never overshoots: the rate stays between the pair's own and the prior's.
        Gen.Select(Gen.Double[0.5, 400], Gen.Int[1, 40].Array[2, 10]).Sample(x =>
        {
            var (rate, gaps) = x;
            var day = 0;
            var rows = gaps.Select(g => { var d = day; day += g; return (d, g * rate); }).ToArray();
            var f = Forecast(Build(rows), Start.AddDays(day), new ForecastSettings(PriorStrength: 0.5));
            var priorRate = Math.Exp(rows.Average(r => Math.Log(r.Item2))) / CategoryPrior.Fallback.CoverDays;
            return f.DailyRate >= Math.Min(rate, priorRate) * (1 - 1e-6) && f.DailyRate <= Math.Max(rate, priorRate) * (1 + 1e-6);
        });

    [Fact]
    public void ScalingQuantities_ScalesRateOnly() =>
        Gen.Select(Histories, Gen.Double[0.01, 100]).Sample(x =>
        {
            var (history, factor) = x;
            var rows = Dated(history);
            var asOf = Start.AddDays(rows[^1].Day);
            var plain = Forecast(Build(rows), asOf);
            var scaled = Forecast(Build(rows.Select(r => (r.Day, r.Quantity * factor))), asOf);
            return Math.Abs((scaled.DailyRate / (plain.DailyRate * factor)) - 1) < 1e-5
                && Math.Abs(scaled.Depletion.Point.DayNumber - plain.Depletion.Point.DayNumber) <= 1;
        });

    [Fact]
    public void ScalingQuantities_IntervalExactlyAtTheOutlierRatio_KeptInEveryUnit()
    {
        // Found by the property above at 200,000 cases (seed 0d52FoqoWtU1): the tenth interval, 1182 g over 6 days, is
        // exactly 1.8 times the median rate; float rounding set it aside in grams but not at x39.29.
        (int Gap, double Quantity)[] history =
        [
            (55, 17691d / 23), (42, 4576), (50, 315.73055570581766), (35, 924.5038553184356), (5, 1314.494201543496),
            (12, 3416.5930798377267), (4, 16745d / 9), (17, 531), (40, 240923d / 51), (32, 1182), (6, 2233),
            (57, 41299d / 17),
        ];
        var rows = Dated(history);
        var asOf = Start.AddDays(rows[^1].Day);

        var plain = Forecast(Build(rows), asOf);
        var scaled = Forecast(Build(rows.Select(r => (r.Day, r.Quantity * 39.287589821092695))), asOf);

        Assert.Equal(6, plain.IntervalsUsed);
        Assert.Equal(plain.IntervalsUsed, scaled.IntervalsUsed);
        Assert.Equal(plain.DailyRate * 39.287589821092695, scaled.DailyRate, 1e-6 * scaled.DailyRate);
    }

    [Fact]
    public void ReorderingRows_ChangesNothing() =>
        Gen.Select(Histories, Gen.Int).Sample(x =>
        {
            var (history, seed) = x;
            var rows = Dated(history);
            var shuffled = rows.ToArray();
            new Random(seed).Shuffle(shuffled);
            var asOf = Start.AddDays(rows[^1].Day);
            var a = Forecast(Build(rows), asOf);
            var b = Forecast(Build(shuffled), asOf);
            return a.DailyRate == b.DailyRate && a.Depletion == b.Depletion && a.NextPurchase == b.NextPurchase
                && a.PurchaseDays == b.PurchaseDays && a.IntervalsUsed == b.IntervalsUsed;
        });

    [Fact]
    public void Interval_AlwaysContainsThePoint() =>
        Histories.Sample(history =>
        {
            var rows = Dated(history);
            var f = Forecast(Build(rows), Start.AddDays(rows[^1].Day));
            return f.Depletion.Low <= f.Depletion.Point && f.Depletion.Point <= f.Depletion.High && f.NextPurchase.Low > Start.AddDays(rows[^1].Day);
        });
}
