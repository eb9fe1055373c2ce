using System.Security.Cryptography;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Storage;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Ingest;

/// <summary>Writes one table's snapshot: raw Parquet (one row group per batch), the ingest quarantine when any row
/// failed to parse, and the manifest. Only one batch is in memory at a time. The raw file's columns are those of the
/// batches (the given schema only when there are none).</summary>
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
        var paths = DataPaths.For(run);
        var rawPath = paths.Raw(table);
        var quarantinePath = paths.Quarantine(Stage, table);
        long rowsIn = 0;
        ParquetTableWriter? raw = null;
        ParquetTableWriter? quarantine = null;
        try
        {
            await foreach (var batch in batches.WithCancellation(cancellationToken))
            {
                // The file's columns are the source's: the layout plus any unknown columns a CSV carries, known only
                // once its header is read (the first batch).
                raw ??= await ParquetTableWriter.CreateAsync(rawPath, batch.Rows.Schema, cancellationToken);
                await raw.WriteAsync(batch.Rows, cancellationToken);
                if (batch.Quarantined.RowCount > 0)
                {
                    quarantine ??= await ParquetTableWriter.CreateAsync(
                        quarantinePath,
                        batch.Quarantined.Schema,
                        cancellationToken);
                    await quarantine.WriteAsync(batch.Quarantined, cancellationToken);
                }

                rowsIn += batch.RowsIn;
                onRows?.Invoke(rowsIn);
            }

            raw ??= await ParquetTableWriter.CreateAsync(rawPath, schema, cancellationToken);
            await raw.CompleteAsync();
            var quarantined = quarantine?.RowsWritten ?? 0;
            if (rowsIn == 0 && table != DataTable.Receipts && !run.AllowEmpty)
            {
                throw new BadInputException(
                    $"table {DataPaths.TableFileName(table)} from source {run.Source.ToString().ToLowerInvariant()} "
                    + "has no rows: nothing to check, transform or version (pass --allow-empty to accept an empty "
                    + "table)");
            }

            if (quarantine is not null)
            {
                await quarantine.CompleteAsync();
            }
            else if (File.Exists(quarantinePath))
            {
                // A stale file from an earlier run would claim rows this run did not set aside.
                File.Delete(quarantinePath);
            }

            var hash = await HashFileAsync(rawPath, cancellationToken);
            var manifestPath = paths.RawManifest(table);
            var manifest = new RawManifest(
                DataPaths.TableFileName(table),
                run.Source.ToString().ToLowerInvariant(),
                Path.GetFileName(rawPath),
                raw.RowsWritten,
                quarantined,
                RawManifest.Describe(raw.Schema),
                "sha256",
                hash,
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
        finally
        {
            if (raw is not null)
            {
                await raw.DisposeAsync();
            }

            if (quarantine is not null)
            {
                await quarantine.DisposeAsync();
            }
        }
    }

    /// <summary>SHA-256 of a file, streamed (lower-case hex).</summary>
    public static async Task<string> HashFileAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = new FileStream(
            path,
            FileMode.Open,
            FileAccess.Read,
            FileShare.Read,
            1 << 16,
            FileOptions.SequentialScan | FileOptions.Asynchronous);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken);
        return Convert.ToHexStringLower(hash);
    }
}
