using System.Runtime.CompilerServices;
using Npgsql;
using NpgsqlTypes;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Storage;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Generation;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Database;

/// <summary>Streams a tabular table out by binary COPY, decoded by hand (<see cref="BinaryCopyBatchReader"/>), after
/// checking the table's column types against the migration's.</summary>
public sealed class TableExporter(PantryDatabase database)
{
    /// <summary>Streams a tabular table in <c>row_id</c> order as batches of <paramref name="batchSize"/> rows;
    /// <c>source_row</c> carries the row_id. The binary COPY stream is decoded on another thread, at most two batches
    /// ahead of the caller, so PostgreSQL, the decoder and the caller work at once and memory holds a few
    /// batches.</summary>
    public IAsyncEnumerable<TableBatch> ReadAsync(DataTable table, int batchSize = PantryDatabase.DefaultBatchSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        return ReadAhead.RunAsync(ct => ReadCopyAsync(table, batchSize, ct), depth: 2, cancellationToken);
    }

    private async IAsyncEnumerable<TableBatch> ReadCopyAsync(DataTable table, int batchSize,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var name = DatabaseTables.NameOf(table);
        var columns = DatabaseTables.StoredColumns(table);

        await using var conn = await database.OpenAsync(cancellationToken);
        var extra = await CheckColumnTypesAsync(conn, name, columns, cancellationToken);

        // Columns the schema does not know (added to the table by hand or by another system) are carried as text, in
        // table order after the known ones, as a CSV's unknown columns are; a table without any reads as before.
        var schema = DatabaseTables.SchemaOf(table);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var carried =
            extra.Select(
                e => new ColumnSpec(CsvTableReader.UnknownColumnName(schema, e.Name, e.Position, taken),
                    ColumnKind.Text)).ToArray();
        var select = DatabaseTables.ColumnList(columns)
            + string.Concat(extra.Select(e => $", {QuoteIdentifier(e.Name)}::text"));
        var reader =
            new BinaryCopyBatchReader(name, carried.Length == 0 ? schema : schema.With(schema.Name, carried),
                [.. columns, .. carried], batchSize);
        NpgsqlRawCopyStream stream;
        try
        {
            stream = await conn.BeginRawBinaryCopyAsync(
                $"COPY (SELECT {DatabaseTables.RowIdColumn}, {select} FROM {name} "
                + $"ORDER BY {DatabaseTables.RowIdColumn}) TO STDOUT (FORMAT BINARY)",
                cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            throw database.MissingTable(name, ex);
        }

        var consumed = false;
        try
        {
            await foreach (var batch in reader.ReadAsync(stream, cancellationToken))
            {
                yield return batch;
            }

            consumed = true;
        }
        finally
        {
            if (consumed)
            {
                await stream.DisposeAsync();
            }
            else
            {
                await AbandonAsync(stream);
            }
        }
    }

    /// <summary>The reader decodes each column as the migration types it; a column of another type (changed by hand,
    /// or a newer schema) fails here, by name, instead of being mis-decoded.
    /// Returns the table's other columns (name and 0-based position), in table order.</summary>
    private async Task<IReadOnlyList<(string Name, int Position)>> CheckColumnTypesAsync(NpgsqlConnection conn,
        string table, IReadOnlyList<ColumnSpec> columns, CancellationToken ct)
    {
        var actual = new Dictionary<string, (uint Oid, string Type)>(StringComparer.Ordinal);
        var order = new List<string>();
        await using (var cmd = new NpgsqlCommand(
            "SELECT attname::text, atttypid, format_type(atttypid, atttypmod) FROM pg_attribute "
            + "WHERE attrelid = to_regclass($1::text) AND attnum > 0 AND NOT attisdropped ORDER BY attnum",
            conn))
        {
            cmd.Parameters.Add(new() { Value = table });
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                actual[reader.GetString(0)] = (reader.GetFieldValue<uint>(1), reader.GetString(2));
                order.Add(reader.GetString(0));
            }
        }

        if (actual.Count == 0)
        {
            throw database.MissingTable(table, null);
        }

        foreach (var (column, kind) in columns.Select(c => (c.Name, c.Kind))
            .Prepend((DatabaseTables.RowIdColumn, ColumnKind.Integer)))
        {
            var expected = DatabaseTables.PgTypeOid(kind);
            if (!actual.TryGetValue(column, out var found))
            {
                throw new BadInputException(
                    $"PostgreSQL at {database.Endpoint}: table {table} has no column {column}; "
                    + "run `pantrypilot db migrate`");
            }

            if (found.Oid != expected.Oid)
            {
                throw new BadInputException(
                    $"PostgreSQL at {database.Endpoint}: column {table}.{column} is {found.Type}, "
                    + $"but the pipeline reads it as {expected.Name} ({kind}); restore the migration's type");
            }
        }

        var known = columns.Select(c => c.Name).Append(DatabaseTables.RowIdColumn).ToHashSet(StringComparer.Ordinal);
        return order.Select((column, position) => (column, position)).Where(c => !known.Contains(c.column)).ToArray();
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal)
        + "\"";

    /// <summary>Stopping mid-stream: ask the server to cancel the COPY, or disposing would read the rest of the table.
    /// The server's "canceling statement" reply (or a stream a failed read already closed) is the expected outcome;
    /// the error that stopped the read (or the consumer's cancellation) is the one that propagates, not this
    /// one.</summary>
    private static async Task AbandonAsync(NpgsqlRawCopyStream stream)
    {
        try
        {
            await stream.CancelAsync();
            await stream.DisposeAsync();
        }
        catch (Exception ex) when (
            ex is NpgsqlException or ObjectDisposedException or OperationCanceledException or IOException)
        {
            // Expected ("canceling statement", or a connection the failed read already broke: the pool drops it).
        }
    }
}
