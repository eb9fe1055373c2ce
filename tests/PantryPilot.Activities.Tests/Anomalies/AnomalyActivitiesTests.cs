using PantryPilot.Activities.Anomalies;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Tests.Support;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Alerts;
using static PantryPilot.Activities.Tests.TestTables;

namespace PantryPilot.Activities.Tests.Anomalies;

public sealed class AnomalyActivitiesTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    private static Dictionary<string, object?> Processed(string user, string item, string name, double qty, string unit, string? expiry, bool low)
    {
        var row = Inventory(user, item, name, qty, unit, expiry);
        row["qty_canonical"] = qty;
        row["canonical_unit"] = unit;
        row["is_low_stock"] = low;
        return row;
    }

    private static Dictionary<string, object?> Purchase(string user, string tx, string item, string name, string date, double qty, string? depletion = null) => new()
    {
        ["user_id"] = user,
        ["transaction_id"] = tx,
        ["item_id"] = item,
        ["item_name"] = name,
        ["quantity_purchased"] = qty / 1000,
        ["unit"] = "kg",
        ["price_total"] = 3.0,
        ["purchase_date"] = D(date),
        ["expected_depletion_date"] = depletion is null ? null : D(depletion),
        ["qty_canonical"] = qty,
        ["canonical_unit"] = "g",
        ["unit_price"] = 3.0 / qty,
    };

    [Fact]
    public async Task DetectAsync_FixedAsOf_RaisesEveryAlertTypeInOrder()
    {
        // as of 2026-03-10, horizon 3 days. Every pair with two or more purchase days buys every 10 days, so the pooled
        // prior (one for all: these rows have no category) says a purchase lasts 10 days and agrees with each pair's own
        // rate: shrinking changes nothing and each rate below is quantity / 10 days.
        var inventory = dir.File("processed", "inventory.parquet");
        await WriteAsync(inventory, ProcessedInventory,
        [
            Processed("u1", "i-milk", "milk", 1000, "ml", "2026-03-08", false),      // row 2: expired 2 days ago
            Processed("u1", "i-tofu", "tofu", 2, "pcs", "2026-03-11", false),        // row 3: expiring tomorrow
            Processed("u1", "i-rice", "rice", 260, "g", "2026-12-31", false),        // row 4: 260 g at 100 g/day
            Processed("u2", "i-salt", "salt", 10, "g", null, true),                  // row 5: low stock
            Processed("u1", "i-kimchi", "kimchi", 200, "g", "2026-03-14", false),    // row 6: beyond the expiring horizon
        ]);
        var purchases = dir.File("processed", "purchase_history.parquet");
        await WriteAsync(purchases, ProcessedPurchases,
        [
            // u1 rice: 1000 g every 10 days = 100 g/day. The shelf holds 260 g: 2.6 days, rounded to 3: 03-13.
            Purchase("u1", "t1", "i-rice", "rice", "2026-02-10", 1000),
            Purchase("u1", "t2", "i-rice", "rice", "2026-02-20", 1000),
            Purchase("u1", "t3", "i-rice", "rice", "2026-03-02", 1000),
            Purchase("u1", "t4", "i-rice", "rice", "2026-03-20", 1000),           // after as-of: left out, noted
            // u2 salt: 100 g every 10 days, 10 g left: runs out tomorrow, but it is already low stock: no prediction alert.
            Purchase("u2", "t5", "i-salt", "salt", "2026-02-23", 100),
            Purchase("u2", "t6", "i-salt", "salt", "2026-03-05", 100),
            // u3 soy sauce: one purchase (row 8) of 500 g on 03-01; the prior says 10 days: 03-11, tomorrow.
            Purchase("u3", "t7", "i-soy", "soy sauce", "2026-03-01", 500),
            // u3 masa: one purchase on 03-09, runs out 03-19: beyond the horizon.
            Purchase("u3", "t8", "i-masa", "masa", "2026-03-09", 1000),
            // u1 kimchi: 100 g every 10 days = 10 g/day. The 200 g lot is usable through 03-14 (5 days from the start of
            // 03-10): 50 g eaten, 150 g left when it expires; it would have lasted 20 days, to 03-29.
            Purchase("u1", "t9", "i-kimchi", "kimchi", "2026-02-26", 100),
            Purchase("u1", "t10", "i-kimchi", "kimchi", "2026-03-08", 100),
        ]);
        var run = new PipelineRun("r1", dir.Path, new DateOnly(2026, 3, 10), SourceKind.Synthetic, ExpiringWithinDays: 3, WriteCsv: true);

        var output = await new AnomalyActivities(TestRoots.Local).DetectAsync(new(run, inventory, purchases));

        Assert.Equal(new AlertCounts(1, 1, 1, 2, 1), output.Counts);
        Assert.Equal(5, output.InventoryRows);
        var lines = File.ReadAllLines(output.AlertsCsvPath);
        Assert.Equal("source_row,user_id,item_id,item_name,alert_type,severity,quantity,unit,expiry_date,days_until,predicted_stockout_date,message", lines[0]);
        Assert.Equal(7, lines.Length);
        // most severe first; within low, soonest first.
        Assert.StartsWith("2,u1,i-milk,milk,expired,critical,1000,ml,2026-03-08,-2,,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("3,u1,i-tofu,tofu,expiring,high,2,pcs,2026-03-11,1,,", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("5,u2,i-salt,salt,low_stock,medium,10,g,,,,", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("8,u3,i-soy,soy sauce,predicted_stockout,low,500,g,,1,2026-03-11,", lines[4], StringComparison.Ordinal);
        Assert.StartsWith("4,u1,i-rice,rice,predicted_stockout,low,260,g,,3,2026-03-13,", lines[5], StringComparison.Ordinal);
        Assert.Contains("~100 g/day from 3 purchases", lines[5], StringComparison.Ordinal);
        Assert.StartsWith("6,u1,i-kimchi,kimchi,expires_before_use,low,150,g,2026-03-14,4,,", lines[6], StringComparison.Ordinal);
        Assert.Contains("lasts until 2026-03-29", lines[6], StringComparison.Ordinal);

        var parquet = await ReadAllAsync(output.AlertsParquetPath);
        Assert.Equal(6, parquet.Sum(b => b.RowCount));

        // One forecast row per household item with a purchase: rice, salt, soy, masa, kimchi.
        Assert.Equal(5, output.Forecasts);
        var forecast = (await ReadAllAsync(output.ForecastPath!)).Single();
        var rice = Array.IndexOf(forecast.Text("item_id"), "i-rice");
        Assert.Equal("inventory", forecast.Text("stock_source")[rice]);
        Assert.Equal(D("2026-03-13"), forecast.Date("depletion_date")[rice]);
        Assert.Equal(D("2026-03-13"), forecast.Date("next_purchase_date")[rice]);
        Assert.Equal("1 purchase row(s) dated after the as-of day 2026-03-10 left out", forecast.Text("notes")[rice]);
        var soy = Array.IndexOf(forecast.Text("item_id"), "i-soy");
        Assert.Equal("category_prior", forecast.Text("basis")[soy]);
        Assert.Equal("last_purchase", forecast.Text("stock_source")[soy]);
        Assert.True(File.Exists(Path.ChangeExtension(output.ForecastPath!, ".csv")));
    }

    [Fact]
    public async Task DetectAsync_RunTwice_SameBytes()
    {
        var inventory = dir.File("processed", "inventory.parquet");
        await WriteAsync(inventory, ProcessedInventory,
            [Processed("u1", "b", "tofu", 1, "pcs", "2026-03-09", true), Processed("u1", "a", "milk", 1, "ml", "2026-03-09", true)]);
        var purchases = dir.File("processed", "purchase_history.parquet");
        await WriteAsync(purchases, ProcessedPurchases, [Purchase("u1", "t", "x", "x", "2026-03-01", 1)]);
        var run = new PipelineRun("r1", dir.Path, new DateOnly(2026, 3, 10), SourceKind.Synthetic);

        var first = await new AnomalyActivities(TestRoots.Local).DetectAsync(new(run, inventory, purchases));
        var csv = File.ReadAllText(first.AlertsCsvPath);
        await new AnomalyActivities(TestRoots.Local).DetectAsync(new(run, inventory, purchases));

        Assert.Equal(csv, File.ReadAllText(first.AlertsCsvPath));
        Assert.Equal(new AlertCounts(2, 0, 2, 0), first.Counts);
        Assert.False(File.Exists(Path.ChangeExtension(first.ForecastPath!, ".csv")), "no CSV twin without --csv");
        Assert.Contains(",u1,a,milk,expired,", File.ReadAllLines(first.AlertsCsvPath)[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task DetectAsync_MissingColumn_ThrowsBadInputNamingFileAndColumn()
    {
        var inventory = dir.File("processed", "inventory.parquet");
        await WriteAsync(inventory, new Domain.Tables.TableSchema("inventory", ProcessedInventory.Columns.Where(c => c.Name != "expiry_date")), [new() { ["user_id"] = "u" }]);
        var purchases = dir.File("processed", "purchase_history.parquet");
        await WriteAsync(purchases, ProcessedPurchases, []);
        var run = new PipelineRun("r1", dir.Path, new DateOnly(2026, 3, 10), SourceKind.Synthetic);

        var e = await Assert.ThrowsAsync<BadInputException>(() => new AnomalyActivities(TestRoots.Local).DetectAsync(new(run, inventory, purchases)));
        Assert.Contains("inventory.parquet has no column 'expiry_date'", e.Message, StringComparison.Ordinal);
    }
}
