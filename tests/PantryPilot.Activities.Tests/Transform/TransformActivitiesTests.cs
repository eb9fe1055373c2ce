using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Storage;
using PantryPilot.Activities.Tests.Support;
using PantryPilot.Activities.Transform;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Generation;
using PantryPilot.Domain.Tables;
using PantryPilot.Domain.Units;

namespace PantryPilot.Activities.Tests.Transform;

public class TransformActivitiesTests
{
    [Fact]
    public async Task TransformAsync_Inventory_ConvertsDerivesAndQuarantines()
    {
        using var dir = new TempDirectory();
        var batch = TableBatch.Allocate(PantrySchemas.Inventory, 10);
        (string Name, double? Qty, string? Unit, double? Reorder, double? Cost)[] rows =
        [
            ("basmati rice", 2, "kg", 0.5, 4),
            ("whole milk", 3, "Cups", 4, 0.5),
            ("onions", 1, "bushel", 1, 1),
            ("onions", null, "kg", 1, 1),
            ("onions", -1, "kg", 1, 1),
            ("onions", double.NaN, "kg", 1, 1),
            ("flour tortillas", 2, "pack", 1, 2.5),
            ("mystery snack", 1, "pack", 0, 3),
            ("eggs", 1, "dozen", null, 3.6),
            ("onions", 1, null, 1, 1),
        ];
        for (var r = 0; r < rows.Length; r++)
        {
            batch.Integer(TableSchema.SourceRowColumn)[r] = r + 11;
            batch.Text("user_id")[r] = "U1";
            batch.Text("item_name")[r] = rows[r].Name;
            batch.Number("quantity")[r] = rows[r].Qty;
            batch.Text("unit")[r] = rows[r].Unit;
            batch.Number("reorder_threshold")[r] = rows[r].Reorder;
            batch.Number("unit_cost")[r] = rows[r].Cost;
        }

        var input = await WriteValidAsync(dir, DataTable.Inventory, PantrySchemas.Inventory, batch);
        var output = await new TransformActivities(TestRoots.Local).TransformAsync(input);

        Assert.Equal(new StageCounts("transform", DataTable.Inventory, 10, 5, 5), output.Counts);
        var processed = await ReadAllAsync(output.ProcessedPath);
        Assert.Equal(PantrySchemas.Inventory.ColumnNames.Concat(PantrySchemas.InventoryDerived.Select(c => c.Name)), processed.Schema.ColumnNames);
        Assert.Equal([11L, 12L, 17L, 18L, 19L], processed.Integer(TableSchema.SourceRowColumn).Select(v => v!.Value));
        var qty = processed.Number("qty_canonical");
        Assert.Equal(2000, qty[0]!.Value, 9);
        Assert.Equal(3 * 236.5882365, qty[1]!.Value, 6);
        Assert.Equal(20, qty[2]);
        Assert.Equal(1, qty[3]);
        Assert.Equal(12, qty[4]);
        Assert.Equal((IEnumerable<string?>)["g", "ml", "pcs", "pcs", "pcs"], processed.Text("canonical_unit"));
        Assert.Equal(500, processed.Number("reorder_threshold_canonical")[0]!.Value, 9);
        Assert.Equal(4 * 236.5882365, processed.Number("reorder_threshold_canonical")[1]!.Value, 6);
        Assert.Equal([false, true, false, false, null], processed.Boolean("is_low_stock"));
        Assert.Null(processed.Number("reorder_threshold_canonical")[4]);
        Assert.Equal([8.0, 1.5, 5.0, 3.0, 3.6], processed.Number("stock_value").Select(v => Math.Round(v!.Value, 9)));

        var quarantine = await ReadAllAsync(output.QuarantinePath!);
        Assert.Equal(
        (IEnumerable<string?>)[
            "inventory row 13 field unit: 'bushel' is not a convertible unit",
            "inventory row 14 field quantity: value is missing",
            "inventory row 15 field quantity: -1 is negative",
            "inventory row 16 field quantity: NaN is not a number",
            "inventory row 20 field unit: value is missing",
        ], quarantine.Text("reason"));
        Assert.Equal((IEnumerable<string?>)["bushel", "kg", "kg", "kg", null], quarantine.Text("unit"));
    }

    [Fact]
    public async Task TransformAsync_Purchases_DerivesUnitPriceAndGuardsZero()
    {
        using var dir = new TempDirectory();
        var batch = TableBatch.Allocate(PantrySchemas.Purchases, 3);
        batch.Integer(TableSchema.SourceRowColumn)[0] = 1;
        batch.Number("quantity_purchased")[0] = 2;
        batch.Text("unit")[0] = "lbs";
        batch.Number("price_total")[0] = 9.0718474;
        batch.Integer(TableSchema.SourceRowColumn)[1] = 2;
        batch.Number("quantity_purchased")[1] = 0;
        batch.Text("unit")[1] = "L";
        batch.Number("price_total")[1] = 3;
        batch.Integer(TableSchema.SourceRowColumn)[2] = 3;
        batch.Number("quantity_purchased")[2] = 1;
        batch.Text("unit")[2] = "handful";

        var input = await WriteValidAsync(dir, DataTable.Purchases, PantrySchemas.Purchases, batch);
        var output = await new TransformActivities(TestRoots.Local).TransformAsync(input);

        Assert.Equal(new StageCounts("transform", DataTable.Purchases, 3, 2, 1), output.Counts);
        var processed = await ReadAllAsync(output.ProcessedPath);
        Assert.Equal(907.18474, processed.Number("qty_canonical")[0]!.Value, 6);
        Assert.Equal(0.01, processed.Number("unit_price")[0]!.Value, 9);
        Assert.Equal(0, processed.Number("qty_canonical")[1]);
        Assert.Null(processed.Number("unit_price")[1]);
        var quarantine = await ReadAllAsync(output.QuarantinePath!);
        Assert.Equal((IEnumerable<string?>)["purchase_history row 3 field unit: 'handful' is not a convertible unit"], quarantine.Text("reason"));
    }

    [Fact]
    public async Task TransformAsync_EmptyInput_WritesEmptyValidParquet()
    {
        using var dir = new TempDirectory();
        var input = await WriteValidAsync(dir, DataTable.Inventory, PantrySchemas.Inventory);

        var output = await new TransformActivities(TestRoots.Local).TransformAsync(input);

        Assert.Equal(new StageCounts("transform", DataTable.Inventory, 0, 0, 0), output.Counts);
        Assert.Null(output.QuarantinePath);
        Assert.Equal(0, await ParquetTableReader.CountRowsAsync(output.ProcessedPath));
        var schema = await ParquetTableReader.ReadSchemaAsync(output.ProcessedPath);
        Assert.True(schema.Contains("qty_canonical") && schema.Contains("is_low_stock"));
    }

    [Fact]
    public async Task TransformAsync_GeneratedDataWithFaults_ConservesRowsAndQuarantinesEveryBadUnitOrQuantity()
    {
        using var dir = new TempDirectory();
        var generator = new SyntheticDataGenerator(new(300, 15, 40, 11, 0.1, new DateOnly(2026, 11, 24)));
        var expectedBad = 0L;
        foreach (var b in generator.Purchases(1000))
        {
            for (var r = 0; r < b.RowCount; r++)
            {
                var q = b.Number("quantity_purchased")[r];
                if (q is null || q < 0 || !UnitNormalizer.TryGetFactor(b.Text("unit")[r], out _))
                {
                    expectedBad++;
                }
            }
        }

        var input = await WriteValidAsync(dir, DataTable.Purchases, PantrySchemas.Purchases, [.. generator.Purchases(1000)], writeCsv: true);
        var output = await new TransformActivities(TestRoots.Local).TransformAsync(input);

        Assert.True(output.Counts.Conserved);
        Assert.Equal(generator.PurchaseRowCount, output.Counts.RowsIn);
        Assert.Equal(expectedBad, output.Counts.RowsQuarantined);
        Assert.InRange(expectedBad, 1, output.Counts.RowsIn / 5);
        var paths = DataPaths.For(input.Run);
        Assert.Equal(output.Counts.RowsOut + 1, File.ReadLines(paths.ProcessedCsv(DataTable.Purchases)).Count());
        Assert.Equal(output.Counts.RowsQuarantined + 1, File.ReadLines(Path.ChangeExtension(output.QuarantinePath!, ".csv")).Count());
        Assert.EndsWith("qty_canonical,canonical_unit,unit_price", File.ReadLines(paths.ProcessedCsv(DataTable.Purchases)).First(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TransformAsync_RerunWithoutBadRows_RemovesStaleQuarantine()
    {
        using var dir = new TempDirectory();
        var bad = TableBatch.Allocate(PantrySchemas.Purchases, 1);
        bad.Integer(TableSchema.SourceRowColumn)[0] = 1;
        bad.Number("quantity_purchased")[0] = 1;
        bad.Text("unit")[0] = "bushel";
        var first = await new TransformActivities(TestRoots.Local).TransformAsync(await WriteValidAsync(dir, DataTable.Purchases, PantrySchemas.Purchases, bad));
        Assert.True(File.Exists(first.QuarantinePath));

        bad.Text("unit")[0] = "kg";
        var second = await new TransformActivities(TestRoots.Local).TransformAsync(await WriteValidAsync(dir, DataTable.Purchases, PantrySchemas.Purchases, bad));

        Assert.Null(second.QuarantinePath);
        Assert.False(File.Exists(first.QuarantinePath));
    }

    [Fact]
    public async Task TransformAsync_MissingInput_ThrowsBadInput()
    {
        using var dir = new TempDirectory();
        var run = new PipelineRun("r1", dir.Path, new DateOnly(2026, 11, 24), SourceKind.Synthetic);

        var error = await Assert.ThrowsAsync<BadInputException>(() => new TransformActivities(TestRoots.Local).TransformAsync(new(run, DataTable.Inventory, dir.File("nope.parquet"))));
        Assert.Contains("nope.parquet", error.Message, StringComparison.Ordinal);
    }

    private static async Task<TransformInput> WriteValidAsync(TempDirectory dir, DataTable table, TableSchema schema, params TableBatch[] batches) =>
        await WriteValidAsync(dir, table, schema, batches, writeCsv: false);

    private static async Task<TransformInput> WriteValidAsync(TempDirectory dir, DataTable table, TableSchema schema, TableBatch[] batches, bool writeCsv)
    {
        var run = new PipelineRun("r1", dir.Path, new DateOnly(2026, 11, 24), SourceKind.Synthetic, WriteCsv: writeCsv);
        var path = new DataPaths(dir.Path).Validated(table);
        await using var writer = await ParquetTableWriter.CreateAsync(path, schema);
        foreach (var b in batches)
        {
            await writer.WriteAsync(b);
        }

        await writer.CompleteAsync();
        return new(run, table, path);
    }

    private static async Task<TableBatch> ReadAllAsync(string path)
    {
        TableBatch? all = null;
        await foreach (var b in ParquetTableReader.ReadAsync(path))
        {
            Assert.Null(all); // the small test inputs fit one row group
            all = b;
        }

        return all ?? throw new InvalidOperationException($"{path} has no rows");
    }
}
