using PantryPilot.Domain.Forecasting;
using PantryPilot.Domain.Generation;

namespace PantryPilot.Domain.Tests.Forecasting;

/// <summary>The generator's truth side file as an oracle the forecaster never reads: on the cadence regime the
/// forecaster, fed only the purchase table, recovers how long the latest purchase lasts at the true rate.</summary>
public class GeneratorTruthTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 24);

    [Fact]
    public void Forecaster_CadenceRegime_RecoversTheTrueRate()
    {
        var generator = new SyntheticDataGenerator(new GeneratorSettings(60, 10, 120, Seed: 5, AsOf: AsOf));
        var histories = new Dictionary<(string, string), ConsumptionHistory>();
        foreach (var batch in generator.Purchases())
        {
            for (var r = 0; r < batch.RowCount; r++)
            {
                var key = (batch.Text("user_id")[r]!, batch.Text("item_id")[r]!);
                if (!histories.TryGetValue(key, out var h))
                {
                    histories[key] = h = new ConsumptionHistory();
                }

                h.AddPurchase(batch.Date("purchase_date")[r]!.Value, batch.Number("quantity_purchased")[r], batch.Text("unit")[r]);
            }
        }

        // How long the latest purchase of each pair lasts at the true rate: quantity / rate, both from the truth
        // (unit-free).
        var latest = generator.Truth().GroupBy(t => (t.UserId, t.ItemId)).ToDictionary(g => g.Key, g => g.MaxBy(t => t.PurchaseDate)!);
        var forecaster = new ConsumptionForecaster();
        int scored = 0, close = 0;
        foreach (var (key, history) in histories)
        {
            Assert.True(forecaster.TryForecast(history, AsOf, null, null, out var f, out var why), why);
            var truth = latest[key];
            var trueDays = truth.Quantity / truth.TrueDailyRate;
            if (f!.PurchaseDays < 4 || trueDays < 7)
            {
                continue;
            }

            scored++;
            var predicted = f.Depletion.Point.DayNumber - f.LastPurchase.DayNumber;
            close += Math.Abs(predicted - trueDays) / trueDays <= 0.2 ? 1 : 0;
        }

        Assert.True(scored >= 100, $"only {scored} pairs with 4+ purchase days");
        Assert.True(close >= 0.9 * scored, $"{close} of {scored} within 20 % of the true duration");
    }

    [Fact]
    public void Truth_CadenceRegime_EachLotRunsOutAtTheNextPurchase()
    {
        var generator = new SyntheticDataGenerator(new GeneratorSettings(20, 8, 60, Seed: 9, AsOf: AsOf));

        foreach (var pair in generator.Truth().GroupBy(t => (t.UserId, t.ItemId)))
        {
            var lots = pair.OrderBy(t => t.PurchaseDate).ToArray();
            for (var i = 0; i < lots.Length; i++)
            {
                Assert.Equal(lots[i].RunOut, lots[i].NextPurchase);
                Assert.True(lots[i].RunOut > lots[i].PurchaseDate);
                if (i + 1 < lots.Length)
                {
                    Assert.Equal(lots[i + 1].PurchaseDate, lots[i].NextPurchase);
                }
            }
        }
    }

    [Fact]
    public void WeeklyShopperRegime_SameRowCountAndSaneTruth()
    {
        var settings = new GeneratorSettings(20, 8, 60, Seed: 9, AsOf: AsOf, Regime: GenerationRegime.WeeklyShopper);
        var generator = new SyntheticDataGenerator(settings);

        var rows = generator.Purchases().Sum(b => (long)b.RowCount);
        var truth = generator.Truth().ToList();

        Assert.Equal(generator.PurchaseRowCount, rows);
        Assert.Equal(rows, truth.Count);
        Assert.All(truth, t =>
        {
            Assert.True(t.PurchaseDate <= AsOf);
            Assert.True(t.RunOut >= t.PurchaseDate);
            Assert.True(t.NextPurchase > t.PurchaseDate);
            Assert.Equal(GenerationRegime.WeeklyShopper, t.Regime);
        });
        // Shopping happens on one or two weekdays per household.
        Assert.All(truth.GroupBy(t => t.UserId), g => Assert.InRange(g.Select(t => t.PurchaseDate.DayOfWeek).Distinct().Count(), 1, 2));
    }

    [Fact]
    public void StockpilerRegime_SameRowCountAndCarriesStockOver()
    {
        var settings = new GeneratorSettings(20, 8, 60, Seed: 9, AsOf: AsOf, Regime: GenerationRegime.Stockpiler);
        var generator = new SyntheticDataGenerator(settings);

        var rows = generator.Purchases().Sum(b => (long)b.RowCount);
        var truth = generator.Truth().ToList();

        Assert.Equal(generator.PurchaseRowCount, rows);
        Assert.Equal(rows, truth.Count);
        int follows = 0, boughtAhead = 0, ranOutFirst = 0;
        foreach (var pair in truth.GroupBy(t => (t.UserId, t.ItemId)))
        {
            var lots = pair.OrderBy(t => t.PurchaseDate).ToArray();
            for (var i = 0; i < lots.Length; i++)
            {
                Assert.True(lots[i].PurchaseDate <= AsOf);
                Assert.True(lots[i].RunOut >= lots[i].PurchaseDate);
                Assert.True(lots[i].NextPurchase > lots[i].PurchaseDate);
                Assert.Equal(GenerationRegime.Stockpiler, lots[i].Regime);
                if (i + 1 == lots.Length)
                {
                    continue;
                }

                follows++;
                Assert.Equal(lots[i + 1].PurchaseDate, lots[i].NextPurchase);
                if (lots[i].RunOut > lots[i + 1].PurchaseDate)
                {
                    // Stock still on the shelf is carried over: the next lot's stock holds it, so it lasts longer.
                    boughtAhead++;
                    Assert.True(lots[i + 1].RunOut >= lots[i].RunOut, $"{pair.Key} lot {i + 1} forgot the carry-over");
                }
                else if (lots[i].RunOut < lots[i + 1].PurchaseDate)
                {
                    ranOutFirst++;
                }
            }
        }

        // Both ways of shopping occur: buying ahead (the run-out is not the next purchase) and running out first.
        Assert.True(boughtAhead >= follows / 4, $"{boughtAhead} of {follows} bought ahead");
        Assert.True(ranOutFirst >= follows / 20, $"{ranOutFirst} of {follows} ran out before the next purchase");
    }
}
