using PantryPilot.Activities.Database;
using PantryPilot.Activities.Ingest;
using PantryPilot.Activities.Storage;
using PantryPilot.Activities.Tests.Support;
using PantryPilot.Activities.Transform;
using PantryPilot.Contracts.DataPipeline;

namespace PantryPilot.Activities.Tests.Anomalies;

/// <summary>The original file's own depletion labels (<c>consumption_start_date</c>, <c>expected_depletion_date</c>)
/// reach processed/ unchanged: the forecast backtest scores against them, so the pipeline must not lose them.</summary>
public sealed class DepletionLabelsTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public async Task IngestThenTransform_OriginalPurchaseFile_KeepsBothDepletionColumns()
    {
        // SampleTables.PurchaseLine writes consumption_start_date 2024-05-02 and expected_depletion_date 2024-05-09.
        var inventory = dir.File("inventory.csv", SampleTables.InventoryHeader + "\n" + SampleTables.InventoryLine("u1", "i1") + "\n");
        var purchases = dir.File("purchases.csv", string.Join('\n', SampleTables.PurchasesHeader, SampleTables.PurchaseLine("u1", "t1"), SampleTables.PurchaseLine("u2", "t2")) + "\n");
        var run = new PipelineRun("run-labels", dir.Combine("data"), new DateOnly(2024, 5, 1), SourceKind.Csv, Csv: new CsvSource(inventory, purchases));

        var raw = await new IngestActivities(new PantryDatabase(new DatabaseOptions(null)), TestRoots.Local).IngestAsync(new(run, DataTable.Purchases));
        var processed = await TransformActivities.TransformFileAsync(new(run, DataTable.Purchases, raw.RawPath));

        var rows = new List<(DateOnly?, DateOnly?)>();
        await foreach (var batch in ParquetTableReader.ReadAsync(processed.ProcessedPath))
        {
            var start = batch.Date("consumption_start_date");
            var depletion = batch.Date("expected_depletion_date");
            rows.AddRange(Enumerable.Range(0, batch.RowCount).Select(r => (start[r], depletion[r])));
        }

        var expected = (new DateOnly(2024, 5, 2), new DateOnly(2024, 5, 9));
        Assert.Equal([expected, expected], rows.Select(r => (r.Item1!.Value, r.Item2!.Value)));
    }
}
