using System.Globalization;
using System.Text.Json;
using PantryPilot.Domain.Catalogue;
using PantryPilot.Domain.Generation;
using PantryPilot.Domain.Tables;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Tests.Generation;

public class SyntheticDataGeneratorTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 24);

    private static GeneratorSettings Settings(int seed = 7, double faultRate = 0, int users = 40) => new(users, 12, 30, seed, faultRate, AsOf);

    [Fact]
    public void Inventory_SameSeed_SameRows()
    {
        var first = Rows(new SyntheticDataGenerator(Settings()).Inventory());
        var second = Rows(new SyntheticDataGenerator(Settings()).Inventory());
        var other = Rows(new SyntheticDataGenerator(Settings(seed: 8)).Inventory());

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Inventory_And_Purchases_DoNotDependOnBatchSize()
    {
        var generator = new SyntheticDataGenerator(Settings(faultRate: 0.2));

        Assert.Equal(Rows(generator.Inventory(65536)), Rows(generator.Inventory(7)));
        Assert.Equal(Rows(generator.Purchases(65536)), Rows(generator.Purchases(13)));
        Assert.All(generator.Inventory(7), b => Assert.InRange(b.RowCount, 1, 7));
    }

    [Fact]
    public void Inventory_SourceRowsAreOneToN_AndCountsMatch()
    {
        var generator = new SyntheticDataGenerator(Settings());
        var sourceRows = generator.Inventory(100).SelectMany(b => b.Integer(TableSchema.SourceRowColumn).Take(b.RowCount)).ToArray();
        var purchaseRows = generator.Purchases(100).SelectMany(b => b.Integer(TableSchema.SourceRowColumn).Take(b.RowCount)).ToArray();

        Assert.Equal(Enumerable.Range(1, 40 * 12).Select(i => (long?)i), sourceRows);
        Assert.Equal(Enumerable.Range(1, 40 * 30).Select(i => (long?)i), purchaseRows);
        Assert.Equal(generator.InventoryRowCount, sourceRows.Length);
        Assert.Equal(generator.PurchaseRowCount, purchaseRows.Length);
    }

    [Fact]
    public void Inventory_RowsAgreeWithTheCatalogue()
    {
        foreach (var batch in new SyntheticDataGenerator(Settings(users: 100)).Inventory())
        {
            for (var r = 0; r < batch.RowCount; r++)
            {
                var item = ItemCatalogue.Find(batch.Text("item_name")[r]);
                Assert.NotNull(item);
                Assert.Equal(item.Category, batch.Text("category")[r]);
                Assert.Equal(item.Storage, batch.Text("storage_type")[r]);
                Assert.Equal(item.HasAllergens, batch.Boolean("allergen_flag")[r]);
                var unit = UnitNormalizer.Normalize(1, batch.Text("unit")[r], item.PiecesPerPack);
                Assert.True(unit.Success, unit.Error);
                Assert.Equal(item.CanonicalUnit, unit.Unit);
                Assert.True(batch.Number("quantity")[r] >= 0);
                Assert.True(batch.Number("daily_usage_rate")[r] > 0);
                Assert.True(batch.Date("expiry_date")[r] > batch.Date("purchase_date")[r]);
                Assert.True(batch.Date("purchase_date")[r] <= AsOf);
            }
        }
    }

    [Fact]
    public void Inventory_SomeItemsExpiredAndSomeFresh()
    {
        var expiry = new SyntheticDataGenerator(Settings(users: 200)).Inventory().SelectMany(b => b.Date("expiry_date").Take(b.RowCount)).ToArray();

        var expired = expiry.Count(d => d < AsOf);
        Assert.InRange(expired, 1, expiry.Length / 2);
        Assert.Contains(expiry, d => d > AsOf.AddDays(7));
    }

    [Fact]
    public void Inventory_NonWesternShareIsSubstantial()
    {
        var names = new SyntheticDataGenerator(Settings(users: 200)).Inventory().SelectMany(b => b.Text("item_name").Take(b.RowCount)).ToArray();

        var nonWestern = names.Count(n => !ItemCatalogue.Find(n)!.IsWestern);
        Assert.InRange(nonWestern / (double)names.Length, 0.2, 0.8);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.05)]
    [InlineData(0.2)]
    public void Inventory_FaultRate_RoughlyAsStated(double rate)
    {
        var settings = new GeneratorSettings(1000, 20, 0, 3, rate, AsOf);
        long rows = 0, faulty = 0;
        foreach (var batch in new SyntheticDataGenerator(settings).Inventory())
        {
            var seen = new HashSet<(string?, string?)>();
            for (var r = 0; r < batch.RowCount; r++)
            {
                rows++;
                var duplicate = batch.Text("item_id")[r] is { } id && !seen.Add((batch.Text("user_id")[r], id)) && batch.Text("user_id")[r] is not null;
                if (IsFaultyInventoryRow(batch, r) || duplicate)
                {
                    faulty++;
                }
            }
        }

        Assert.InRange(faulty / (double)rows, rate * 0.85, (rate * 1.15) + 0.0001);
    }

    [Fact]
    public void Purchases_FaultRate_RoughlyAsStated()
    {
        var settings = new GeneratorSettings(500, 10, 40, 5, 0.1, AsOf);
        long rows = 0, faulty = 0;
        foreach (var batch in new SyntheticDataGenerator(settings).Purchases())
        {
            for (var r = 0; r < batch.RowCount; r++)
            {
                rows++;
                var q = batch.Number("quantity_purchased")[r];
                var date = batch.Date("purchase_date")[r];
                var bad = batch.Text("user_id")[r] is null || batch.Text("item_id")[r] is null || batch.Text("transaction_id")[r] is null
                    || q is null || q < 0 || !UnitNormalizer.TryGetFactor(batch.Text("unit")[r], out _)
                    || date!.Value.Year > 2100 || batch.Date("expected_depletion_date")[r] < date || batch.Number("price_total")[r] > 10000
                    || (r > 0 && batch.Text("transaction_id")[r] == batch.Text("transaction_id")[r - 1] && batch.Text("item_id")[r] == batch.Text("item_id")[r - 1]);
                if (bad)
                {
                    faulty++;
                }
            }
        }

        Assert.InRange(faulty / (double)rows, 0.085, 0.115);
    }

    [Fact]
    public void Purchases_ConsistentWithInventory()
    {
        var generator = new SyntheticDataGenerator(Settings(users: 60));
        var inventory = new Dictionary<(string, string), (DateOnly PurchaseDate, double Quantity, string Unit, double Usage)>();
        foreach (var b in generator.Inventory())
        {
            for (var r = 0; r < b.RowCount; r++)
            {
                inventory.Add((b.Text("user_id")[r]!, b.Text("item_id")[r]!), (b.Date("purchase_date")[r]!.Value, b.Number("quantity")[r]!.Value, b.Text("unit")[r]!, b.Number("daily_usage_rate")[r]!.Value));
            }
        }

        var latest = new Dictionary<(string, string), (DateOnly Date, double Quantity)>();
        foreach (var b in generator.Purchases())
        {
            for (var r = 0; r < b.RowCount; r++)
            {
                var key = (b.Text("user_id")[r]!, b.Text("item_id")[r]!);
                Assert.True(inventory.TryGetValue(key, out var inv), $"purchase of {key} has no inventory row");
                Assert.Equal(inv.Unit, b.Text("unit")[r]);
                var date = b.Date("purchase_date")[r]!.Value;
                var qty = b.Number("quantity_purchased")[r]!.Value;
                var depletion = b.Date("expected_depletion_date")[r]!.Value;
                var days = depletion.DayNumber - date.DayNumber;
                Assert.InRange(days, Math.Floor(qty / inv.Usage), Math.Ceiling(qty / inv.Usage) + 1);
                Assert.Equal(date.DayOfWeek.ToString(), b.Text("weekday")[r]);
                if (!latest.TryGetValue(key, out var seen) || seen.Date < date)
                {
                    latest[key] = (date, qty);
                }
            }
        }

        foreach (var (key, last) in latest)
        {
            var inv = inventory[key];
            Assert.Equal(inv.PurchaseDate, last.Date);
            Assert.True(inv.Quantity <= last.Quantity + 1e-9, $"{key}: {inv.Quantity} left of {last.Quantity}");
        }
    }

    [Fact]
    public void Receipts_OnePerTransaction_TotalsMatchPurchases()
    {
        var generator = new SyntheticDataGenerator(Settings(users: 10));
        var paid = new Dictionary<string, double>();
        foreach (var b in generator.Purchases())
        {
            for (var r = 0; r < b.RowCount; r++)
            {
                var id = b.Text("transaction_id")[r]!;
                paid[id] = paid.GetValueOrDefault(id) + b.Number("price_total")[r]!.Value;
            }
        }

        var receipts = generator.Receipts().ToList();
        Assert.Equal(paid.Count, receipts.Count);
        foreach (var receipt in receipts)
        {
            using var doc = JsonDocument.Parse(receipt.Json);
            var parse = doc.RootElement.GetProperty("gt_parse");
            Assert.NotEmpty(parse.GetProperty("menu").EnumerateArray());
            var total = double.Parse(parse.GetProperty("total").GetProperty("total_price").GetString()!.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            Assert.Equal(paid[receipt.ReceiptId], total, 1);
            Assert.StartsWith(receipt.UserId, receipt.ReceiptId, StringComparison.Ordinal);
        }
    }

    private static bool IsFaultyInventoryRow(TableBatch b, int r)
    {
        var q = b.Number("quantity")[r];
        var expiry = b.Date("expiry_date")[r]!.Value;
        return b.Text("user_id")[r] is null || b.Text("item_id")[r] is null || b.Text("item_name")[r] is null || q is null || q < 0
            || !UnitNormalizer.TryGetFactor(b.Text("unit")[r], out _)
            || expiry < b.Date("purchase_date")[r] || expiry.Year > 2100 || b.Number("unit_cost")[r] > 1000;
    }

    private static List<string> Rows(IEnumerable<TableBatch> batches)
    {
        var rows = new List<string>();
        foreach (var batch in batches)
        {
            for (var r = 0; r < batch.RowCount; r++)
            {
                var values = new string[batch.Columns.Length];
                for (var c = 0; c < values.Length; c++)
                {
                    values[c] = Convert.ToString(batch.Value(c, r), CultureInfo.InvariantCulture) ?? "<null>";
                }

                rows.Add(string.Join('|', values));
            }
        }

        return rows;
    }
}
