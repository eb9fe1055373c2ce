using PantryPilot.Activities.Storage;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Tests;

/// <summary>A temp directory removed after the test (kept when PANTRYPILOT_KEEP_TEST_FILES=1, to look at reports).</summary>
public sealed class TempDir : IDisposable
{
    public TempDir() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pantrypilot-quality-" + Guid.NewGuid().ToString("N"));

    public string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("PANTRYPILOT_KEEP_TEST_FILES") != "1")
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}

/// <summary>Writes real Parquet files with <see cref="ParquetTableWriter"/>; rows are column-name → value maps, missing keys
/// are null, and <c>source_row</c> defaults to 2, 3, ... (CSV lines).</summary>
internal static class TestTables
{
    public static TableSchema ProcessedInventory => PantrySchemas.Inventory.With("inventory", PantrySchemas.InventoryDerived);

    public static TableSchema ProcessedPurchases => PantrySchemas.Purchases.With("purchase_history", PantrySchemas.PurchaseDerived);

    public static async Task WriteAsync(string path, TableSchema schema, IReadOnlyList<Dictionary<string, object?>> rows, int rowGroupSize = 65_536)
    {
        await using var writer = await ParquetTableWriter.CreateAsync(path, schema);
        for (var start = 0; start < rows.Count; start += rowGroupSize)
        {
            var n = Math.Min(rowGroupSize, rows.Count - start);
            var batch = TableBatch.Allocate(schema, n);
            for (var r = 0; r < n; r++)
            {
                var row = rows[start + r];
                batch.Integer(TableSchema.SourceRowColumn)[r] = row.TryGetValue(TableSchema.SourceRowColumn, out var s) ? (long?)s : start + r + 2;
                foreach (var (column, value) in row)
                {
                    if (column != TableSchema.SourceRowColumn)
                    {
                        batch.Column(column).SetValue(value, r);
                    }
                }
            }

            await writer.WriteAsync(batch);
        }

        await writer.CompleteAsync();
    }

    public static async Task<List<TableBatch>> ReadAllAsync(string path)
    {
        var batches = new List<TableBatch>();
        await foreach (var b in ParquetTableReader.ReadAsync(path))
        {
            batches.Add(b);
        }

        return batches;
    }

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static Dictionary<string, object?> Inventory(string user, string item, string name, double? qty, string? unit, string? expiry = "2026-12-31", string purchase = "2026-01-01") => new()
    {
        ["user_id"] = user,
        ["item_id"] = item,
        ["item_name"] = name,
        ["quantity"] = qty,
        ["unit"] = unit,
        ["category"] = "pantry",
        ["expiry_date"] = expiry is null ? null : D(expiry),
        ["unit_cost"] = 2.5,
        ["purchase_date"] = D(purchase),
        ["daily_usage_rate"] = 0.1,
        ["reorder_threshold"] = 1.0,
    };
}
