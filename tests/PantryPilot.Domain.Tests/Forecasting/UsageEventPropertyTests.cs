using CsCheck;
using PantryPilot.Domain.Forecasting;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Tests.Forecasting;

/// <summary>Consume and cook events beside purchases, on generated histories: when both say the same rate that rate is
/// found; when they differ the forecast lies between them and rests on the events; events spanning less than a week
/// change nothing; scaling every quantity scales the rate; the order of the rows changes nothing.</summary>
public class UsageEventPropertyTests
{
    private static readonly DateOnly Start = new(2025, 1, 6);

    /// <summary>Purchases every <c>gap</c> days of gap x purchase rate (so each lasts exactly its interval), and a use
    /// event every <c>every</c> days of every x use rate, over the same days.</summary>
    private static ConsumptionHistory Build(
        double purchaseRate, int gap, int purchases, double useRate, int every, double scale = 1, bool reversed = false)
    {
        var rows = new List<Action<ConsumptionHistory>>();
        for (var i = 0; i < purchases; i++)
        {
            var day = Start.AddDays(i * gap);
            rows.Add(h => h.AddPurchase(day, gap * purchaseRate * scale, CanonicalUnit.Gram));
        }

        for (var d = 0; d <= (purchases - 1) * gap; d += every)
        {
            var day = Start.AddDays(d);
            var kind = d % 2 == 0 ? UsageKind.Consumed : UsageKind.Cooked;
            rows.Add(h => h.AddUsage(day, every * useRate * scale, CanonicalUnit.Gram, kind));
        }

        if (reversed)
        {
            rows.Reverse();
        }

        var history = new ConsumptionHistory();
        rows.ForEach(add => add(history));
        return history;
    }

    private static ConsumptionForecast Forecast(ConsumptionHistory h, int purchases, int gap)
    {
        var asOf = Start.AddDays((purchases - 1) * gap);
        Assert.True(new ConsumptionForecaster().TryForecast(h, asOf, "grains", null, out var f, out var why), why);
        return f!;
    }

    private static readonly Gen<(double Purchase, double Use, int Gap, int Purchases, int Every)> Cases =
        Gen.Select(Gen.Double[1, 500], Gen.Double[1, 500], Gen.Int[7, 30], Gen.Int[3, 8], Gen.Int[1, 4]);

    [Fact]
    public void SameRateInPurchasesAndEvents_ForecastsThatRate_OnTheEvents() =>
        Cases.Sample(c =>
        {
            var f = Forecast(Build(c.Purchase, c.Gap, c.Purchases, c.Purchase, c.Every), c.Purchases, c.Gap);
            return Math.Abs((f.DailyRate / c.Purchase) - 1) < 1e-6 && f.Basis == ForecastBasis.UsageEvents;
        });

    [Fact]
    public void DifferentRates_ForecastLiesBetweenThem() =>
        Cases.Sample(c =>
        {
            var f = Forecast(Build(c.Purchase, c.Gap, c.Purchases, c.Use, c.Every), c.Purchases, c.Gap);
            var (low, high) = (Math.Min(c.Purchase, c.Use), Math.Max(c.Purchase, c.Use));
            return f.DailyRate >= low * (1 - 1e-6) && f.DailyRate <= high * (1 + 1e-6);
        });

    [Fact]
    public void EventsSpanningLessThanAWeek_ChangeNothing() =>
        Gen.Select(Gen.Double[1, 500], Gen.Double[1, 500], Gen.Int[1, 6]).Sample(x =>
        {
            var (purchase, use, span) = x;
            ConsumptionHistory Purchases()
            {
                var h = new ConsumptionHistory();
                for (var i = 0; i < 4; i++)
                {
                    h.AddPurchase(Start.AddDays(i * 10), 10 * purchase, CanonicalUnit.Gram);
                }

                return h;
            }

            var plain = Purchases();
            var withEvents = Purchases();
            withEvents.AddUsage(Start.AddDays(30 - span), use * span, CanonicalUnit.Gram, UsageKind.Consumed);
            withEvents.AddUsage(Start.AddDays(30), use * span, CanonicalUnit.Gram, UsageKind.Cooked);
            var a = Forecast(plain, 4, 10);
            var b = Forecast(withEvents, 4, 10);
            return a.DailyRate.Equals(b.DailyRate) && b.Basis == ForecastBasis.PurchaseHistory;
        });

    [Fact]
    public void ScalingEveryQuantity_ScalesTheRate() =>
        Gen.Select(Cases, Gen.Double[0.01, 100]).Sample(x =>
        {
            var (c, factor) = x;
            var plain = Forecast(Build(c.Purchase, c.Gap, c.Purchases, c.Use, c.Every), c.Purchases, c.Gap);
            var scaled = Forecast(Build(c.Purchase, c.Gap, c.Purchases, c.Use, c.Every, factor), c.Purchases, c.Gap);
            return Math.Abs((scaled.DailyRate / (plain.DailyRate * factor)) - 1) < 1e-5;
        });

    [Fact]
    public void ReorderingRows_ChangesNothing() =>
        Cases.Sample(c =>
        {
            var forward = Forecast(Build(c.Purchase, c.Gap, c.Purchases, c.Use, c.Every), c.Purchases, c.Gap);
            var backward = Forecast(Build(c.Purchase, c.Gap, c.Purchases, c.Use, c.Every, reversed: true), c.Purchases, c.Gap);
            return Math.Abs((forward.DailyRate / backward.DailyRate) - 1) < 1e-9;
        });
}
