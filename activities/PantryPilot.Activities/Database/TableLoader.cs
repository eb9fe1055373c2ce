using System.Runtime.CompilerServices;
using Npgsql;
using NpgsqlTypes;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Storage;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Generation;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Database;

/// <summary>Bulk loads into the tabular tables by binary COPY: typed Npgsql writes, streamed batch by batch.</summary>
public sealed class TableLoader(PantryDatabase database)
{
    public Task<long> LoadAsync(DataTable table, IEnumerable<TableBatch> batches, Action<long>? onRows = null,
        CancellationToken cancellationToken = default) =>
        LoadAsync(table, PantryDatabase.AsAsync(batches, cancellationToken), onRows, cancellationToken);

    /// <summary>Appends batches to a tabular table with one binary COPY (all or nothing). Columns are matched by name;
    /// <c>source_row</c> is not stored (the table's own <c>row_id</c> orders rows). <paramref name="onRows"/> gets the
    /// running row count after each batch.</summary>
    public async Task<long> LoadAsync(DataTable table, IAsyncEnumerable<TableBatch> batches,
        Action<long>? onRows = null, CancellationToken cancellationToken = default)
    {
        await using var conn = await database.OpenAsync(cancellationToken);
        return await CopyInAsync(conn, table, DatabaseTables.NameOf(table), batches, onRows, cancellationToken);
    }

    public Task<LoadCounts> LoadIdempotentAsync(DataTable table, IEnumerable<TableBatch> batches,
        Action<long>? onRows = null, CancellationToken cancellationToken = default) =>
        LoadIdempotentAsync(table, PantryDatabase.AsAsync(batches, cancellationToken), onRows, cancellationToken);

    /// <summary>Loads a file's rows so that loading the same file again changes nothing. Rows are matched on the
    /// table's natural key (<see cref="DatabaseTables.NaturalKey"/>): for every key in the load, the table ends up with
    /// exactly the load's rows for that key (identical rows stay as they are, with their row_id; rows that differ
    /// replace the old ones); keys not in the load are untouched. On an empty table (a first load, or after
    /// <c>--truncate</c>) this is a plain binary COPY. One transaction: a failed load leaves the table as it
    /// was.</summary>
    public async Task<LoadCounts> LoadIdempotentAsync(DataTable table, IAsyncEnumerable<TableBatch> batches,
        Action<long>? onRows = null, CancellationToken cancellationToken = default)
    {
        var name = DatabaseTables.NameOf(table);
        var columns = DatabaseTables.StoredColumns(table);
        var cols = DatabaseTables.ColumnList(columns);
        var key = string.Join(", ", DatabaseTables.NaturalKey(table));
        string Qualified(string alias, IEnumerable<string> names)
            => string.Join(", ", names.Select(n => $"{alias}.{n}"));
        var tCols = Qualified("t", columns.Select(c => c.Name));
        var tKey = Qualified("t", DatabaseTables.NaturalKey(table));

        await using var conn = await database.OpenAsync(cancellationToken);
        await using var tx = await conn.BeginTransactionAsync(cancellationToken);
        await PantryDatabase.ExecuteAsync(conn, $"LOCK TABLE {name} IN SHARE ROW EXCLUSIVE MODE", cancellationToken);
        await using (var probe = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {name})", conn))
        {
            if (!(bool)(await probe.ExecuteScalarAsync(cancellationToken))!)
            {
                var copied = await CopyInAsync(conn, table, name, batches, onRows, cancellationToken);
                await tx.CommitAsync(cancellationToken);
                return new(copied, 0, 0);
            }
        }

        await PantryDatabase.ExecuteAsync(
            conn,
            $"CREATE TEMP TABLE load_rows ON COMMIT DROP AS SELECT {cols} FROM {name} WITH NO DATA; "
            + "ALTER TABLE load_rows ADD COLUMN ord bigint GENERATED ALWAYS AS IDENTITY",
            cancellationToken);
        await CopyInAsync(conn, table, "load_rows", batches, onRows, cancellationToken);

        // Match rows as multisets per key: the n-th copy of an identical row in the load matches the n-th in the table.
        await PantryDatabase.ExecuteAsync(conn, $"""
            CREATE TEMP TABLE load_new ON COMMIT DROP AS
              SELECT ord, k, h, row_number() OVER (PARTITION BY k, h ORDER BY ord) AS n
              FROM (SELECT t.ord, md5(ROW({tKey})::text) AS k, md5(ROW({tCols})::text) AS h FROM load_rows t) x;
            CREATE TEMP TABLE load_old ON COMMIT DROP AS
              SELECT row_id, k, h, row_number() OVER (PARTITION BY k, h ORDER BY row_id) AS n
              FROM (SELECT t.row_id, md5(ROW({tKey})::text) AS k, md5(ROW({tCols})::text) AS h FROM {name} t) x
              WHERE k IN (SELECT k FROM load_new);
            ANALYZE load_new; ANALYZE load_old;
            """, cancellationToken);
        long total, unchanged, inserted;
        await using (var count = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM load_new),
                   (SELECT count(*) FROM load_new nw
                     WHERE EXISTS (SELECT 1 FROM load_old o WHERE o.k = nw.k AND o.h = nw.h AND o.n = nw.n)),
                   (SELECT count(*) FROM load_new nw WHERE NOT EXISTS (SELECT 1 FROM load_old o WHERE o.k = nw.k))
            """, conn))
        await using (var reader = await count.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            (total, unchanged, inserted) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        }

        await PantryDatabase.ExecuteAsync(conn, $"""
            DELETE FROM {name} WHERE row_id IN (
              SELECT o.row_id FROM load_old o
              WHERE NOT EXISTS (SELECT 1 FROM load_new nw WHERE nw.k = o.k AND nw.h = o.h AND nw.n = o.n));
            INSERT INTO {name} ({cols})
              SELECT {tCols} FROM load_rows t JOIN load_new nw USING (ord)
              WHERE NOT EXISTS (SELECT 1 FROM load_old o WHERE o.k = nw.k AND o.h = nw.h AND o.n = nw.n)
              ORDER BY t.ord;
            """, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new(inserted, total - unchanged - inserted, unchanged);
    }

    private static async Task<long> CopyInAsync(NpgsqlConnection conn, DataTable table, string target,
        IAsyncEnumerable<TableBatch> batches, Action<long>? onRows, CancellationToken cancellationToken)
    {
        var columns = DatabaseTables.StoredColumns(table);
        var types = columns.Select(c => DatabaseTables.PgType(c.Kind)).ToArray();
        var name = DatabaseTables.NameOf(table);
        await using var importer = await conn.BeginBinaryImportAsync(
            $"COPY {target} ({DatabaseTables.ColumnList(columns)}) FROM STDIN (FORMAT BINARY)", cancellationToken);

        long rows = 0;
        TableSchema? mappedSchema = null;
        var map = new int[columns.Count];
        await foreach (var batch in batches.WithCancellation(cancellationToken))
        {
            if (!ReferenceEquals(batch.Schema, mappedSchema))
            {
                MapColumns(name, columns, batch.Schema, map);
                mappedSchema = batch.Schema;
            }

            for (var r = 0; r < batch.RowCount; r++)
            {
                await importer.StartRowAsync(cancellationToken);
                for (var c = 0; c < map.Length; c++)
                {
                    await WriteValueAsync(importer, batch.Columns[map[c]], r, types[c], cancellationToken);
                }
            }

            rows += batch.RowCount;
            onRows?.Invoke(rows);
        }

        await importer.CompleteAsync(cancellationToken);
        return rows;
    }

    private static async ValueTask WriteValueAsync(NpgsqlBinaryImporter importer, Array column, int row,
        NpgsqlDbType type, CancellationToken ct)
    {
        switch (column)
        {
            case string?[] s when s[row] is { } text:
                await importer.WriteAsync(text, type, ct);
                break;
            case double?[] d when d[row] is { } number:
                await importer.WriteAsync(number, type, ct);
                break;
            case long?[] l when l[row] is { } integer:
                await importer.WriteAsync(integer, type, ct);
                break;
            case bool?[] b when b[row] is { } flag:
                await importer.WriteAsync(flag, type, ct);
                break;
            case DateOnly?[] d when d[row] is { } date:
                await importer.WriteAsync(date, type, ct);
                break;
            case DateTime?[] t when t[row] is { } time:
                // timestamptz takes UTC only; the table model keeps timestamps in UTC, unspecified ones are read as
                // UTC.
                await importer.WriteAsync(time.Kind switch
                {
                    DateTimeKind.Utc => time,
                    DateTimeKind.Local => time.ToUniversalTime(),
                    _ => DateTime.SpecifyKind(time, DateTimeKind.Utc),
                }, type, ct);
                break;
            default:
                await importer.WriteNullAsync(ct);
                break;
        }
    }

    private static void MapColumns(string table, IReadOnlyList<ColumnSpec> columns, TableSchema source, int[] map)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            var i = source.IndexOf(columns[c].Name);
            if (i < 0)
            {
                throw new ArgumentException(
                    $"table {table}: the batch ({source.Name}) has no column '{columns[c].Name}'");
            }

            if (source.Columns[i].Kind != columns[c].Kind)
            {
                throw new ArgumentException(
                    $"table {table}: column '{columns[c].Name}' is {source.Columns[i].Kind} in the batch, "
                    + $"{columns[c].Kind} in the table");
            }

            map[c] = i;
        }
    }
}
