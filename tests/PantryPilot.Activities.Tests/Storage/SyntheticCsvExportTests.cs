using System.Text.Json;
using PantryPilot.Activities.Storage;
using PantryPilot.Domain.Generation;

namespace PantryPilot.Activities.Tests.Storage;

public class SyntheticCsvExportTests
{
    [Fact]
    public void Write_SmallDataSet_WritesBothTablesAndCappedReceipts()
    {
        using var dir = new TempDirectory();
        var generator = new SyntheticDataGenerator(new(20, 10, 30, 9, 0, new DateOnly(2026, 11, 24)));
        var progressCalls = 0;

        var counts = SyntheticCsvExport.Write(generator, dir.Path, maxReceipts: 7, (_, _) => progressCalls++);

        Assert.Equal(200, counts.InventoryRows);
        Assert.Equal(600, counts.PurchaseRows);
        Assert.Equal(7, counts.Receipts);
        Assert.Equal(201, File.ReadLines(counts.InventoryCsv).Count());
        Assert.Equal(601, File.ReadLines(counts.PurchasesCsv).Count());
        var receipts = Directory.GetFiles(counts.ReceiptsDir, "*.json");
        Assert.Equal(7, receipts.Length);
        foreach (var file in receipts)
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            Assert.True(doc.RootElement.GetProperty("gt_parse").GetProperty("menu").GetArrayLength() > 0);
        }

        Assert.True(progressCalls >= 9);
    }

    [Fact]
    public void Write_Rerun_ReplacesEarlierReceipts()
    {
        using var dir = new TempDirectory();
        SyntheticCsvExport.Write(new SyntheticDataGenerator(new(5, 5, 10, 1, 0, new DateOnly(2026, 11, 24))), dir.Path, 10);

        var counts = SyntheticCsvExport.Write(new SyntheticDataGenerator(new(5, 5, 10, 2, 0, new DateOnly(2026, 11, 24))), dir.Path, 0);

        Assert.Equal(0, counts.Receipts);
        Assert.Empty(Directory.GetFiles(counts.ReceiptsDir));
    }
}
