using PantryPilot.Activities.Reports;
using static PantryPilot.Activities.Tests.TestTables;

namespace PantryPilot.Activities.Tests.Reports;

public sealed class ForecastAccuracyScanTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    private static Dictionary<string, object?> Purchase(string user, string item, string date, double qty, string unit) => new()
    {
        ["user_id"] = user,
        ["transaction_id"] = $"{user}-{date}",
        ["item_id"] = item,
        ["item_name"] = item,
        ["quantity_purchased"] = qty,
        ["unit"] = unit,
        ["purchase_date"] = D(date),
        ["qty_canonical"] = qty,
        ["canonical_unit"] = unit,
    };

    [Fact]
    public async Task ScanAsync_LastIntervalHoldout_ErrorsByHand()
    {
        // Each pair is forecast as of its second-to-last purchase and scored on its last.
        // u1 rice, 1000 g on 03-01, 03-11, 03-21, 03-31: forecaster 100 g/day -> 03-31 (0); last interval 10 -> 03-31
        // (0);
        //   mean interval 10 -> 03-31 (0); weekly 7 x round(10 / 7) = 7 -> 03-28 (3).
        // u2 milk, 1000 ml 01-01, 2000 ml 01-06, 1000 ml 01-16, then 01-21: both intervals 200 ml/day, so the 1000 ml
        // of
        //   01-16 lasts 5 days -> 01-21 (0); last interval 10 -> 01-26 (5); mean (15 / 2 = 7.5 -> 8) -> 01-24 (3);
        //   weekly 7 x round(7.5 / 7) = 7 -> 01-23 (2).
        // u3 salt has two purchase days only: not scored.
        // MAE: forecaster 0, last interval 2.5, mean interval 1.5, weekly 2.5; both outcomes inside the interval.
        var purchases = dir.File("processed", "purchase_history.parquet");
        await WriteAsync(purchases, ProcessedPurchases,
        [
            Purchase("u1", "rice", "2026-03-31", 1000, "g"), Purchase("u1", "rice", "2026-03-01", 1000, "g"),
            Purchase("u1", "rice", "2026-03-11", 1000, "g"), Purchase("u1", "rice", "2026-03-21", 1000, "g"),
            Purchase("u2", "milk", "2026-01-01", 1000, "ml"), Purchase("u2", "milk", "2026-01-06", 2000, "ml"),
            Purchase("u2", "milk", "2026-01-16", 1000, "ml"), Purchase("u2", "milk", "2026-01-21", 1000, "ml"),
            Purchase("u3", "salt", "2026-02-01", 500, "g"), Purchase("u3", "salt", "2026-03-01", 500, "g"),
            Purchase("u1", "rice", "2026-05-01", 1000, "g"), // after the as-of day: not part of the history
        ]);

        var result = await ForecastAccuracyScan.ScanAsync(purchases, new DateOnly(2026, 4, 1));

        Assert.NotNull(result);
        Assert.Equal(3, result.Households);
        Assert.Equal(3, result.HouseholdItems);
        Assert.Equal(2, result.Accuracy.Pairs);
        Assert.Equal([0, 2.5, 1.5, 2.5], result.Accuracy.MeanAbsoluteErrors);
        Assert.Equal(1.0, result.Accuracy.Coverage);
    }

    [Fact]
    public async Task ScanAsync_RawTableWithoutCanonicalColumns_NoSection()
    {
        var purchases = dir.File("raw", "purchase_history.parquet");
        await WriteAsync(purchases, Domain.Tables.PantrySchemas.Purchases, []);

        Assert.Null(await ForecastAccuracyScan.ScanAsync(purchases, new DateOnly(2026, 4, 1)));
    }
}
