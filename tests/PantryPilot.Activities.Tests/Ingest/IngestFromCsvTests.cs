using PantryPilot.Activities.Database;
using PantryPilot.Activities.Ingest;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Storage;
using PantryPilot.Activities.Tests.Support;
using PantryPilot.Contracts.DataPipeline;

namespace PantryPilot.Activities.Tests.Ingest;

public sealed class IngestFromCsvTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public async Task IngestAsync_CsvWithBadRows_ConservesRowsAndWritesQuarantine()
    {
        var run = CsvRun(
            [SampleTables.InventoryLine("u1", "i1"), SampleTables.InventoryLine("u1", "i2", quantity: "abc"), SampleTables.InventoryLine("u2", "i3")],
            [SampleTables.PurchaseLine("u1", "t1"), SampleTables.PurchaseLine("u1", "t2", quantity: "many")]);
        var activities = NewActivities();

        var inventory = await activities.IngestAsync(new(run, DataTable.Inventory));
        var purchases = await activities.IngestAsync(new(run, DataTable.Purchases));

        Assert.Equal(new StageCounts("ingest", DataTable.Inventory, 3, 2, 1), inventory.Counts);
        Assert.Equal(new StageCounts("ingest", DataTable.Purchases, 2, 1, 1), purchases.Counts);
        Assert.Equal(2, await ParquetTableReader.CountRowsAsync(inventory.RawPath));
        Assert.Equal(DataPaths.For(run).Quarantine("ingest", DataTable.Inventory), inventory.QuarantinePath);
        var reasons = new List<string?>();
        await foreach (var batch in ParquetTableReader.ReadAsync(inventory.QuarantinePath!))
        {
            reasons.AddRange(batch.Text("reason").Take(batch.RowCount));
        }

        Assert.Equal(["inventory.csv line 3 field quantity: 'abc' is not a number"], reasons);
        var manifest = await RawManifest.ReadAsync(inventory.ManifestPath);
        Assert.Equal(2, manifest.Rows);
        Assert.Equal(1, manifest.RowsQuarantined);
        Assert.Equal("csv", manifest.Source);
    }

    [Fact]
    public async Task IngestAsync_RerunAfterFix_RemovesStaleQuarantine()
    {
        var bad = CsvRun([SampleTables.InventoryLine("u1", "i2", quantity: "abc")], []);
        var activities = NewActivities();
        var first = await activities.IngestAsync(new(bad, DataTable.Inventory));
        File.WriteAllText(bad.Csv!.InventoryCsv, SampleTables.InventoryHeader + "\n" + SampleTables.InventoryLine("u1", "i2") + "\n");

        var second = await activities.IngestAsync(new(bad, DataTable.Inventory));

        Assert.NotNull(first.QuarantinePath);
        Assert.Null(second.QuarantinePath);
        Assert.False(File.Exists(first.QuarantinePath));
        Assert.Equal(new StageCounts("ingest", DataTable.Inventory, 1, 1, 0), second.Counts);
    }

    [Fact]
    public async Task IngestAsync_CsvWithoutReceiptsFolder_WritesEmptyReceiptsSnapshot()
    {
        var run = CsvRun([], []);

        var output = await NewActivities().IngestAsync(new(run, DataTable.Receipts));

        Assert.Equal(new StageCounts("ingest", DataTable.Receipts, 0, 0, 0), output.Counts);
        Assert.True(File.Exists(output.RawPath));
        Assert.Equal(0, await ParquetTableReader.CountRowsAsync(output.RawPath));
    }

    [Fact]
    public async Task IngestAsync_CsvReceiptsFolder_ParsesCordFiles()
    {
        var run = CsvRun([], []);
        dir.File("receipts/0001.json", SampleTables.CordReceipt);
        run = run with { Csv = run.Csv! with { ReceiptsDir = dir.Combine("receipts") } };

        var output = await NewActivities().IngestAsync(new(run, DataTable.Receipts));

        Assert.Equal(new StageCounts("ingest", DataTable.Receipts, 3, 3, 0), output.Counts);
    }

    [Fact]
    public async Task IngestAsync_MissingColumn_ThrowsBadInputNamingFileAndColumn()
    {
        var run = CsvRun([], []);
        File.WriteAllText(run.Csv!.PurchasesCsv, SampleTables.PurchasesHeader.Replace("price_total,", string.Empty, StringComparison.Ordinal) + "\n");

        var ex = await Assert.ThrowsAsync<BadInputException>(() => NewActivities().IngestAsync(new(run, DataTable.Purchases)));

        Assert.Contains("purchases.csv", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'price_total'", ex.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(DataPaths.For(run).Raw(DataTable.Purchases)));
    }

    private static IngestActivities NewActivities() => new(new PantryDatabase(new DatabaseOptions(null)), TestRoots.Local);

    private PipelineRun CsvRun(string[] inventoryLines, string[] purchaseLines)
    {
        var inventory = dir.File("inventory.csv", string.Join('\n', [SampleTables.InventoryHeader, .. inventoryLines]) + "\n");
        var purchases = dir.File("purchases.csv", string.Join('\n', [SampleTables.PurchasesHeader, .. purchaseLines]) + "\n");
        return new PipelineRun("run-csv", dir.Combine("data"), new DateOnly(2024, 5, 1), SourceKind.Csv, Csv: new CsvSource(inventory, purchases));
    }
}
