using PantryPilot.Activities.Anomalies;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Alerts;
using static PantryPilot.Activities.Tests.TestTables;

namespace PantryPilot.Activities.Tests.Anomalies;

public sealed class AnomalyActivitiesTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

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
        // as of 2026-03-10, horizon 3 days.
        var inventory = _dir.File("processed", "inventory.parquet");
        await WriteAsync(inventory, ProcessedInventory,
        [
            Processed("u1", "i-milk", "milk", 1000, "ml", "2026-03-08", false),      // row 2: expired 2 days ago
            Processed("u1", "i-tofu", "tofu", 2, "pcs", "2026-03-11", false),        // row 3: expiring tomorrow
            Processed("u1", "i-rice", "rice", 5000, "g", "2026-12-31", false),       // row 4: nothing
            Processed("u2", "i-salt", "salt", 10, "g", null, true),                  // row 5: low stock
            Processed("u2", "i-kimchi", "kimchi", 200, "g", "2026-03-14", false),    // row 6: beyond horizon
        ]);
        var purchases = _dir.File("processed", "purchase_history.parquet");
        await WriteAsync(purchases, ProcessedPurchases,
        [
            // u1 rice: 1000 g every 10 days (100 g/day); last 1000 g on 03-02 runs out 03-12: predicted in 2 days.
            Purchase("u1", "t1", "i-rice", "rice", "2026-02-10", 1000),
            Purchase("u1", "t2", "i-rice", "rice", "2026-02-20", 1000),
            Purchase("u1", "t3", "i-rice", "rice", "2026-03-02", 1000),
            Purchase("u1", "t4", "i-rice", "rice", "2026-03-20", 1000),           // after as-of: ignored
            // u2 salt is already low stock: no prediction alert even though one would fire.
            Purchase("u2", "t5", "i-salt", "salt", "2026-03-01", 100),
            Purchase("u2", "t6", "i-salt", "salt", "2026-03-05", 100),
            // u3 soy sauce: one purchase whose expected depletion is 03-09 (yesterday).
            Purchase("u3", "t7", "i-soy", "soy sauce", "2026-02-20", 500, "2026-03-09"),
            // u3 masa: one purchase, no depletion estimate: no prediction.
            Purchase("u3", "t8", "i-masa", "masa", "2026-03-09", 1000),
        ]);
        var run = new PipelineRun("r1", _dir.Path, new DateOnly(2026, 3, 10), SourceKind.Synthetic, ExpiringWithinDays: 3);

        var output = await new AnomalyActivities().DetectAsync(new(run, inventory, purchases));

        Assert.Equal(new AlertCounts(1, 1, 1, 2), output.Counts);
        Assert.Equal(5, output.InventoryRows);
        var lines = File.ReadAllLines(output.AlertsCsvPath);
        Assert.Equal("source_row,user_id,item_id,item_name,alert_type,severity,quantity,unit,expiry_date,days_until,predicted_stockout_date,message", lines[0]);
        Assert.Equal(6, lines.Length);
        // medium before low; within medium, soonest first (a dated prediction before an undated low stock).
        Assert.StartsWith("2,u1,i-milk,milk,expired,critical,1000,ml,2026-03-08,-2,,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("3,u1,i-tofu,tofu,expiring,high,2,pcs,2026-03-11,1,,", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("5,u2,i-salt,salt,low_stock,medium,10,g,,,,", lines[4], StringComparison.Ordinal);
        Assert.StartsWith("8,u3,i-soy,soy sauce,predicted_stockout,medium,500,g,,-1,2026-03-09,", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("4,u1,i-rice,rice,predicted_stockout,low,1000,g,,2,2026-03-12,", lines[5], StringComparison.Ordinal);
        Assert.Contains("100 g/day", lines[5], StringComparison.Ordinal);

        var parquet = await ReadAllAsync(output.AlertsParquetPath);
        Assert.Equal(5, parquet.Sum(b => b.RowCount));
        Assert.Equal(new[] { Alert.TypeName(AlertType.Expired), "expiring", "predicted_stockout", "low_stock", "predicted_stockout" }, parquet[0].Text("alert_type").Select(t => t!));
    }

    [Fact]
    public async Task DetectAsync_RunTwice_SameBytes()
    {
        var inventory = _dir.File("processed", "inventory.parquet");
        await WriteAsync(inventory, ProcessedInventory,
            [Processed("u1", "b", "tofu", 1, "pcs", "2026-03-09", true), Processed("u1", "a", "milk", 1, "ml", "2026-03-09", true)]);
        var purchases = _dir.File("processed", "purchase_history.parquet");
        await WriteAsync(purchases, ProcessedPurchases, [Purchase("u1", "t", "x", "x", "2026-03-01", 1)]);
        var run = new PipelineRun("r1", _dir.Path, new DateOnly(2026, 3, 10), SourceKind.Synthetic);

        var first = await new AnomalyActivities().DetectAsync(new(run, inventory, purchases));
        var csv = File.ReadAllText(first.AlertsCsvPath);
        await new AnomalyActivities().DetectAsync(new(run, inventory, purchases));

        Assert.Equal(csv, File.ReadAllText(first.AlertsCsvPath));
        Assert.Equal(new AlertCounts(2, 0, 2, 0), first.Counts);
        Assert.Contains(",u1,a,milk,expired,", File.ReadAllLines(first.AlertsCsvPath)[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task DetectAsync_MissingColumn_ThrowsBadInputNamingFileAndColumn()
    {
        var inventory = _dir.File("processed", "inventory.parquet");
        await WriteAsync(inventory, new Domain.Tables.TableSchema("inventory", ProcessedInventory.Columns.Where(c => c.Name != "expiry_date")), [new() { ["user_id"] = "u" }]);
        var purchases = _dir.File("processed", "purchase_history.parquet");
        await WriteAsync(purchases, ProcessedPurchases, []);
        var run = new PipelineRun("r1", _dir.Path, new DateOnly(2026, 3, 10), SourceKind.Synthetic);

        var e = await Assert.ThrowsAsync<BadInputException>(() => new AnomalyActivities().DetectAsync(new(run, inventory, purchases)));
        Assert.Contains("inventory.parquet has no column 'expiry_date'", e.Message, StringComparison.Ordinal);
    }
}
