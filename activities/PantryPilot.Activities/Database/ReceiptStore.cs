using System.Runtime.CompilerServices;
using Npgsql;
using NpgsqlTypes;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Storage;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Generation;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Database;

/// <summary>The raw receipts table: CORD JSON stored by receipt id (loading the same receipts again replaces them)
/// and streamed back in load order.</summary>
public sealed class ReceiptStore(PantryDatabase database)
{
    public Task<long> LoadAsync(IEnumerable<CordReceipt> receipts, Action<long>? onRows = null,
        CancellationToken cancellationToken = default) =>
        LoadAsync(PantryDatabase.AsAsync(receipts, cancellationToken), onRows, cancellationToken);

    /// <summary>Stores raw CORD JSON receipts. Binary COPY into a staging table, then an upsert by receipt_id, so
    /// loading the same receipts twice replaces them instead of failing.</summary>
    public async Task<long> LoadAsync(IAsyncEnumerable<CordReceipt> receipts, Action<long>? onRows = null,
        CancellationToken cancellationToken = default)
    {
        await using var conn = await database.OpenAsync(cancellationToken);
        await using var tx = await conn.BeginTransactionAsync(cancellationToken);
        await PantryDatabase.ExecuteAsync(
            conn,
            "CREATE TEMP TABLE receipts_staging (ord bigint GENERATED ALWAYS AS IDENTITY, receipt_id text NOT NULL, "
            + "user_id text, cord jsonb NOT NULL) ON COMMIT DROP",
            cancellationToken);

        long rows = 0;
        await using (var importer = await conn.BeginBinaryImportAsync(
            "COPY receipts_staging (receipt_id, user_id, cord) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            await foreach (var receipt in receipts.WithCancellation(cancellationToken))
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(receipt.ReceiptId, NpgsqlDbType.Text, cancellationToken);
                if (string.IsNullOrEmpty(receipt.UserId))
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(receipt.UserId, NpgsqlDbType.Text, cancellationToken);
                }

                await importer.WriteAsync(receipt.Json, NpgsqlDbType.Jsonb, cancellationToken);
                if (++rows % 4096 == 0)
                {
                    onRows?.Invoke(rows);
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }

        try
        {
            await PantryDatabase.ExecuteAsync(conn, """
                INSERT INTO receipts (receipt_id, user_id, cord)
                SELECT receipt_id, user_id, cord FROM receipts_staging ORDER BY ord
                ON CONFLICT (receipt_id) DO UPDATE
                SET user_id = excluded.user_id, cord = excluded.cord, loaded_at = now()
                """, cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.CardinalityViolation)
        {
            throw new BadInputException("receipts: the same receipt_id appears more than once in one load", ex);
        }

        await tx.CommitAsync(cancellationToken);
        onRows?.Invoke(rows);
        return rows;
    }

    /// <summary>Streams the raw receipts (CORD JSON) in load order.</summary>
    public async IAsyncEnumerable<CordReceipt> ReadAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var conn = await database.OpenAsync(cancellationToken);
        await using var exporter = await database.BeginExportAsync(
            conn, DatabaseTables.ReceiptsTable,
            "COPY (SELECT receipt_id, user_id, cord::text FROM receipts ORDER BY row_id) TO STDOUT (FORMAT BINARY)",
            cancellationToken);
        while (await exporter.StartRowAsync(cancellationToken) != -1)
        {
            var id = await exporter.ReadAsync<string>(NpgsqlDbType.Text, cancellationToken);
            string? user = null;
            if (exporter.IsNull)
            {
                await exporter.SkipAsync(cancellationToken);
            }
            else
            {
                user = await exporter.ReadAsync<string>(NpgsqlDbType.Text, cancellationToken);
            }

            var json = await exporter.ReadAsync<string>(NpgsqlDbType.Text, cancellationToken);
            yield return new CordReceipt(id, user ?? string.Empty, json);
        }
    }
}
