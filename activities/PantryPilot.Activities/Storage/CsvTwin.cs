namespace PantryPilot.Activities.Storage;

/// <summary>The CSV copy of a Parquet output (`--csv`), kept beside it: written when asked for and the Parquet file
/// exists, removed otherwise so a stale copy from an earlier run never claims rows this run did not produce.</summary>
public static class CsvTwin
{
    public static async Task<string?> SyncAsync(
        string parquetPath,
        bool wanted,
        CancellationToken cancellationToken = default)
    {
        var csvPath = Path.ChangeExtension(parquetPath, ".csv");
        if (!wanted || !File.Exists(parquetPath))
        {
            if (File.Exists(csvPath))
            {
                File.Delete(csvPath);
            }

            return null;
        }

        var schema = await ParquetTableReader.ReadSchemaAsync(parquetPath);
        using var csv = CsvTableWriter.Create(csvPath, schema);
        await foreach (var batch in ParquetTableReader.ReadAsync(parquetPath, cancellationToken))
        {
            csv.Write(batch);
        }

        csv.Complete();
        return csvPath;
    }
}
