using System.Security.Cryptography;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Storage;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Ingest;

/// <summary>Writes one table's snapshot: raw Parquet (one row group per batch), the ingest quarantine when any row
/// failed to parse, and the manifest. Only one batch is in memory at a time.</summary>
public static class RawSnapshotWriter
{
    public const string Stage = "ingest";

    public static async Task<IngestOutput> WriteAsync(
        PipelineRun run,
        DataTable table,
        TableSchema schema,
        IAsyncEnumerable<ParsedBatch> batches,
        IReadOnlyList<string> warnings,
        Action<long>? onRows = null,
        CancellationToken cancellationToken = default)
    {
        var paths = new DataPaths(run.DataDir);
        var rawPath = paths.Raw(table);
        var quarantinePath = paths.Quarantine(Stage, table);
        long rowsIn = 0;
        ParquetTableWriter? quarantine = null;
        try
        {
            await using (var raw = await ParquetTableWriter.CreateAsync(rawPath, schema, cancellationToken))
            {
                await foreach (var batch in batches.WithCancellation(cancellationToken))
                {
                    await raw.WriteAsync(batch.Rows, cancellationToken);
                    if (batch.Quarantined.RowCount > 0)
                    {
                        quarantine ??= await ParquetTableWriter.CreateAsync(quarantinePath, PantrySchemas.Quarantine(schema), cancellationToken);
                        await quarantine.WriteAsync(batch.Quarantined, cancellationToken);
                    }

                    rowsIn += batch.RowsIn;
                    onRows?.Invoke(rowsIn);
                }

                await raw.CompleteAsync();
                var quarantined = quarantine?.RowsWritten ?? 0;
                if (quarantine is not null)
                {
                    await quarantine.CompleteAsync();
                }
                else if (File.Exists(quarantinePath))
                {
                    File.Delete(quarantinePath); // a stale file from an earlier run would claim rows this run did not set aside
                }

                var hash = await HashFileAsync(rawPath, cancellationToken);
                var manifestPath = paths.RawManifest(table);
                var manifest = new RawManifest(
                    DataPaths.TableFileName(table),
                    run.Source.ToString().ToLowerInvariant(),
                    Path.GetFileName(rawPath),
                    raw.RowsWritten,
                    quarantined,
                    RawManifest.Describe(schema),
                    "sha256",
                    hash,
                    DateTimeOffset.UtcNow,
                    run.RunId,
                    warnings);
                await manifest.WriteAsync(manifestPath, cancellationToken);

                return new IngestOutput(
                    table,
                    rawPath,
                    manifestPath,
                    hash,
                    new StageCounts(Stage, table, rowsIn, raw.RowsWritten, quarantined),
                    quarantine is null ? null : quarantinePath);
            }
        }
        finally
        {
            if (quarantine is not null)
            {
                await quarantine.DisposeAsync();
            }
        }
    }

    /// <summary>SHA-256 of a file, streamed (lower-case hex).</summary>
    public static async Task<string> HashFileAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken);
        return Convert.ToHexStringLower(hash);
    }
}
