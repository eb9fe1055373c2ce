using PantryPilot.Domain.Generation;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Storage;

/// <summary>Writes a generated data set in the original system's layouts: <c>inventory.csv</c>,
/// <c>purchase_history.csv</c> and <c>receipts/*.json</c> (CORD v2). Streams batch by batch; files appear
/// atomically.</summary>
public static class SyntheticCsvExport
{
    public const string InventoryFile = "inventory.csv";
    public const string PurchasesFile = "purchase_history.csv";
    public const string ReceiptsFolder = "receipts";

    /// <param name="maxReceipts">Receipts to write at most (the first ones, household by household); 0 writes
    /// none.</param>
    /// <param name="progress">Called after each batch or receipt with (table, rows so far).</param>
    public static SyntheticExportCounts Write(
        SyntheticDataGenerator generator,
        string outDir,
        int maxReceipts,
        Action<string, long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(outDir);
        var inventoryPath = Path.Combine(outDir, InventoryFile);
        var purchasesPath = Path.Combine(outDir, PurchasesFile);
        var receiptsDir = Path.Combine(outDir, ReceiptsFolder);

        var inventoryRows = WriteTable(
            generator.Inventory(),
            inventoryPath,
            PantrySchemas.Inventory,
            "inventory",
            progress,
            cancellationToken);
        var purchaseRows = WriteTable(
            generator.Purchases(),
            purchasesPath,
            PantrySchemas.Purchases,
            "purchase_history",
            progress,
            cancellationToken);

        Directory.CreateDirectory(receiptsDir);
        foreach (var stale in Directory.EnumerateFiles(receiptsDir, "*.json"))
        {
            File.Delete(stale);
        }

        var receipts = 0;
        if (maxReceipts > 0)
        {
            foreach (var receipt in generator.Receipts())
            {
                cancellationToken.ThrowIfCancellationRequested();
                File.WriteAllText(Path.Combine(receiptsDir, receipt.ReceiptId + ".json"), receipt.Json);
                progress?.Invoke("receipts", ++receipts);
                if (receipts == maxReceipts)
                {
                    break;
                }
            }
        }

        return new(inventoryRows, purchaseRows, receipts, inventoryPath, purchasesPath, receiptsDir);
    }

    private static long WriteTable(
        IEnumerable<TableBatch> batches,
        string path,
        TableSchema schema,
        string table,
        Action<string, long>? progress,
        CancellationToken cancellationToken)
    {
        using var writer = CsvTableWriter.CreateOriginalLayout(path, schema);
        foreach (var batch in batches)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.Write(batch);
            progress?.Invoke(table, writer.RowsWritten);
        }

        writer.Complete();
        return writer.RowsWritten;
    }
}
