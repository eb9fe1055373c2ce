using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Npgsql;
using NpgsqlTypes;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Storage;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Generation;
using PantryPilot.Domain.Tables;
using Polly;
using Polly.Retry;

namespace PantryPilot.Activities.Database;

/// <summary>The PostgreSQL source of truth: connection, migrations, COPY in and out.
/// Bulk paths use binary COPY: typed Npgsql writes on the way in, a hand-written decoder on the way out
/// (<see cref="BinaryCopyBatchReader"/>); both stream, so memory stays flat whatever the table size.</summary>
public sealed class PantryDatabase(DatabaseOptions options, ConnectRetryOptions? retry = null) : IAsyncDisposable
{
    public const int DefaultBatchSize = 65_536;

    private const long MigrationLockKey = 0x50_61_6e_74_72_79; // "Pantry": one migrator at a time per database

    private readonly Lazy<Connection> _connection = new(() => Connection.Create(options));
    private readonly ResiliencePipeline _retry = BuildRetry(retry ?? ConnectRetryOptions.Default);

    public DatabaseOptions Options { get; } = options;

    /// <summary><c>host:port</c> of the configured server (safe to print: no credentials).</summary>
    public string Endpoint => _connection.Value.Endpoint;

    /// <summary>Opens a connection (retrying transient failures only as <see cref="ConnectRetryOptions"/> says: the
    /// activities use none, their retry policy is the one layer that retries). A server that is down becomes the
    /// retryable <see cref="DatabaseUnavailableException"/>; refused credentials or a missing database stay
    /// <see cref="BadInputException"/> (configuration no retry fixes). Both name host and port, never the password.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = _connection.Value;
        try
        {
            return await _retry.ExecuteAsync(static async (source, ct) => await source.OpenConnectionAsync(ct), connection.Source, cancellationToken);
        }
        catch (Exception ex) when (IsTransient(ex))
        {
            throw new DatabaseUnavailableException($"PostgreSQL at {connection.Endpoint} is unreachable: {Describe(ex)}", ex);
        }
        catch (PostgresException ex) when (ex.SqlState.StartsWith("28", StringComparison.Ordinal) || ex.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            throw new BadInputException($"PostgreSQL at {connection.Endpoint} refused the connection: {ex.MessageText}", ex);
        }
    }

    /// <summary>Applies every migration not yet recorded in <c>schema_migrations</c>; safe to run any number of times,
    /// also concurrently (an advisory lock serialises migrators). Returns the versions applied now.</summary>
    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var conn = await OpenAsync(cancellationToken);
        await using var tx = await conn.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(conn, $"SELECT pg_advisory_xact_lock({MigrationLockKey})", cancellationToken);
        await ExecuteAsync(conn, Migrations.CreateHistorySql, cancellationToken);

        var applied = new HashSet<int>();
        await using (var cmd = new NpgsqlCommand($"SELECT version FROM {Migrations.HistoryTable}", conn))
        await using (var reader = await cmd.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        var now = new List<int>();
        foreach (var migration in Migrations.All.Where(m => !applied.Contains(m.Version)).OrderBy(m => m.Version))
        {
            await ExecuteAsync(conn, migration.Sql, cancellationToken);
            await using var record = new NpgsqlCommand($"INSERT INTO {Migrations.HistoryTable} (version, description) VALUES ($1, $2)", conn);
            record.Parameters.Add(new() { Value = migration.Version });
            record.Parameters.Add(new() { Value = migration.Description });
            await record.ExecuteNonQueryAsync(cancellationToken);
            now.Add(migration.Version);
        }

        await tx.CommitAsync(cancellationToken);
        return now;
    }

    /// <summary>The highest applied migration, or null when the database has never been migrated.</summary>
    public async Task<int?> SchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var conn = await OpenAsync(cancellationToken);
        await using var cmd = new NpgsqlCommand($"SELECT CASE WHEN to_regclass('{Migrations.HistoryTable}') IS NULL THEN NULL ELSE (SELECT max(version) FROM {Migrations.HistoryTable}) END", conn);
        var value = await cmd.ExecuteScalarAsync(cancellationToken);
        return value is int v ? v : null;
    }

    public async Task<long> CountRowsAsync(DataTable table, CancellationToken cancellationToken = default)
    {
        await using var conn = await OpenAsync(cancellationToken);
        await using var cmd = new NpgsqlCommand($"SELECT count(*) FROM {DatabaseTables.NameOf(table)}", conn);
        return (long)(await cmd.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Empties every table and restarts the row ids, so a fresh load numbers rows from 1.</summary>
    public async Task TruncateAsync(CancellationToken cancellationToken = default)
    {
        await using var conn = await OpenAsync(cancellationToken);
        await ExecuteAsync(conn, "TRUNCATE inventory, purchase_history, receipts RESTART IDENTITY", cancellationToken);
    }

    /// <summary>What a bulk load should end with: <c>VACUUM (ANALYZE)</c> sets every new row's hint bits and the
    /// visibility map and refreshes the planner's statistics. Without it the first reader after a load pays for writing
    /// those bits into every page (the 6M-row benchmark's first COPY out took 12.3 s against 9.2 s for the next).</summary>
    public async Task VacuumAnalyzeAsync(CancellationToken cancellationToken = default)
    {
        await using var conn = await OpenAsync(cancellationToken);
        await ExecuteAsync(conn, "VACUUM (ANALYZE) inventory, purchase_history, receipts", cancellationToken);
    }

    public Task<long> LoadAsync(DataTable table, IEnumerable<TableBatch> batches, Action<long>? onRows = null, CancellationToken cancellationToken = default) =>
        LoadAsync(table, AsAsync(batches, cancellationToken), onRows, cancellationToken);

    /// <summary>Appends batches to a tabular table with one binary COPY (all or nothing). Columns are matched by name;
    /// <c>source_row</c> is not stored (the table's own <c>row_id</c> orders rows). <paramref name="onRows"/> gets the
    /// running row count after each batch.</summary>
    public async Task<long> LoadAsync(DataTable table, IAsyncEnumerable<TableBatch> batches, Action<long>? onRows = null, CancellationToken cancellationToken = default)
    {
        await using var conn = await OpenAsync(cancellationToken);
        return await CopyInAsync(conn, table, DatabaseTables.NameOf(table), batches, onRows, cancellationToken);
    }

    public Task<LoadCounts> LoadIdempotentAsync(DataTable table, IEnumerable<TableBatch> batches, Action<long>? onRows = null, CancellationToken cancellationToken = default) =>
        LoadIdempotentAsync(table, AsAsync(batches, cancellationToken), onRows, cancellationToken);

    /// <summary>Loads a file's rows so that loading the same file again changes nothing. Rows are matched on the
    /// table's natural key (<see cref="DatabaseTables.NaturalKey"/>): for every key in the load, the table ends up with
    /// exactly the load's rows for that key (identical rows stay as they are, with their row_id; rows that differ
    /// replace the old ones); keys not in the load are untouched. On an empty table (a first load, or after
    /// <c>--truncate</c>) this is a plain binary COPY. One transaction: a failed load leaves the table as it was.</summary>
    public async Task<LoadCounts> LoadIdempotentAsync(DataTable table, IAsyncEnumerable<TableBatch> batches, Action<long>? onRows = null, CancellationToken cancellationToken = default)
    {
        var name = DatabaseTables.NameOf(table);
        var columns = DatabaseTables.StoredColumns(table);
        var cols = DatabaseTables.ColumnList(columns);
        var key = string.Join(", ", DatabaseTables.NaturalKey(table));
        string Qualified(string alias, IEnumerable<string> names) => string.Join(", ", names.Select(n => $"{alias}.{n}"));
        var tCols = Qualified("t", columns.Select(c => c.Name));
        var tKey = Qualified("t", DatabaseTables.NaturalKey(table));

        await using var conn = await OpenAsync(cancellationToken);
        await using var tx = await conn.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(conn, $"LOCK TABLE {name} IN SHARE ROW EXCLUSIVE MODE", cancellationToken);
        await using (var probe = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {name})", conn))
        {
            if (!(bool)(await probe.ExecuteScalarAsync(cancellationToken))!)
            {
                var copied = await CopyInAsync(conn, table, name, batches, onRows, cancellationToken);
                await tx.CommitAsync(cancellationToken);
                return new(copied, 0, 0);
            }
        }

        await ExecuteAsync(conn, $"CREATE TEMP TABLE load_rows ON COMMIT DROP AS SELECT {cols} FROM {name} WITH NO DATA; ALTER TABLE load_rows ADD COLUMN ord bigint GENERATED ALWAYS AS IDENTITY", cancellationToken);
        await CopyInAsync(conn, table, "load_rows", batches, onRows, cancellationToken);

        // Match rows as multisets per key: the n-th copy of an identical row in the load matches the n-th in the table.
        await ExecuteAsync(conn, $"""
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
                   (SELECT count(*) FROM load_new nw WHERE EXISTS (SELECT 1 FROM load_old o WHERE o.k = nw.k AND o.h = nw.h AND o.n = nw.n)),
                   (SELECT count(*) FROM load_new nw WHERE NOT EXISTS (SELECT 1 FROM load_old o WHERE o.k = nw.k))
            """, conn))
        await using (var reader = await count.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            (total, unchanged, inserted) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        }

        await ExecuteAsync(conn, $"""
            DELETE FROM {name} WHERE row_id IN (
              SELECT o.row_id FROM load_old o WHERE NOT EXISTS (SELECT 1 FROM load_new nw WHERE nw.k = o.k AND nw.h = o.h AND nw.n = o.n));
            INSERT INTO {name} ({cols})
              SELECT {tCols} FROM load_rows t JOIN load_new nw USING (ord)
              WHERE NOT EXISTS (SELECT 1 FROM load_old o WHERE o.k = nw.k AND o.h = nw.h AND o.n = nw.n)
              ORDER BY t.ord;
            """, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new(inserted, total - unchanged - inserted, unchanged);
    }

    private static async Task<long> CopyInAsync(NpgsqlConnection conn, DataTable table, string target, IAsyncEnumerable<TableBatch> batches, Action<long>? onRows, CancellationToken cancellationToken)
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

    public Task<long> LoadReceiptsAsync(IEnumerable<CordReceipt> receipts, Action<long>? onRows = null, CancellationToken cancellationToken = default) =>
        LoadReceiptsAsync(AsAsync(receipts, cancellationToken), onRows, cancellationToken);

    /// <summary>Stores raw CORD JSON receipts. Binary COPY into a staging table, then an upsert by receipt_id, so
    /// loading the same receipts twice replaces them instead of failing.</summary>
    public async Task<long> LoadReceiptsAsync(IAsyncEnumerable<CordReceipt> receipts, Action<long>? onRows = null, CancellationToken cancellationToken = default)
    {
        await using var conn = await OpenAsync(cancellationToken);
        await using var tx = await conn.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(conn, "CREATE TEMP TABLE receipts_staging (ord bigint GENERATED ALWAYS AS IDENTITY, receipt_id text NOT NULL, user_id text, cord jsonb NOT NULL) ON COMMIT DROP", cancellationToken);

        long rows = 0;
        await using (var importer = await conn.BeginBinaryImportAsync("COPY receipts_staging (receipt_id, user_id, cord) FROM STDIN (FORMAT BINARY)", cancellationToken))
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
            await ExecuteAsync(conn, """
                INSERT INTO receipts (receipt_id, user_id, cord)
                SELECT receipt_id, user_id, cord FROM receipts_staging ORDER BY ord
                ON CONFLICT (receipt_id) DO UPDATE SET user_id = excluded.user_id, cord = excluded.cord, loaded_at = now()
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

    /// <summary>Streams a tabular table in <c>row_id</c> order as batches of <paramref name="batchSize"/> rows;
    /// <c>source_row</c> carries the row_id. The binary COPY stream is decoded on another thread, at most two batches
    /// ahead of the caller, so PostgreSQL, the decoder and the caller work at once and memory holds a few batches.</summary>
    public IAsyncEnumerable<TableBatch> ReadAsync(DataTable table, int batchSize = DefaultBatchSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        return ReadAhead.RunAsync(ct => ReadCopyAsync(table, batchSize, ct), depth: 2, cancellationToken);
    }

    private async IAsyncEnumerable<TableBatch> ReadCopyAsync(DataTable table, int batchSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var name = DatabaseTables.NameOf(table);
        var columns = DatabaseTables.StoredColumns(table);

        await using var conn = await OpenAsync(cancellationToken);
        var extra = await CheckColumnTypesAsync(conn, name, columns, cancellationToken);

        // Columns the schema does not know (added to the table by hand or by another system) are carried as text, in
        // table order after the known ones, as a CSV's unknown columns are; a table without any reads as before.
        var schema = DatabaseTables.SchemaOf(table);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var carried = extra.Select(e => new ColumnSpec(CsvTableReader.UnknownColumnName(schema, e.Name, e.Position, taken), ColumnKind.Text)).ToArray();
        var select = DatabaseTables.ColumnList(columns)
            + string.Concat(extra.Select(e => $", {QuoteIdentifier(e.Name)}::text"));
        var reader = new BinaryCopyBatchReader(name, carried.Length == 0 ? schema : schema.With(schema.Name, carried), [.. columns, .. carried], batchSize);
        NpgsqlRawCopyStream stream;
        try
        {
            stream = await conn.BeginRawBinaryCopyAsync(
                $"COPY (SELECT {DatabaseTables.RowIdColumn}, {select} FROM {name} ORDER BY {DatabaseTables.RowIdColumn}) TO STDOUT (FORMAT BINARY)",
                cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            throw MissingTable(name, ex);
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
    private async Task<IReadOnlyList<(string Name, int Position)>> CheckColumnTypesAsync(NpgsqlConnection conn, string table, IReadOnlyList<ColumnSpec> columns, CancellationToken ct)
    {
        var actual = new Dictionary<string, (uint Oid, string Type)>(StringComparer.Ordinal);
        var order = new List<string>();
        await using (var cmd = new NpgsqlCommand("SELECT attname::text, atttypid, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = to_regclass($1::text) AND attnum > 0 AND NOT attisdropped ORDER BY attnum", conn))
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
            throw MissingTable(table, null);
        }

        foreach (var (column, kind) in columns.Select(c => (c.Name, c.Kind)).Prepend((DatabaseTables.RowIdColumn, ColumnKind.Integer)))
        {
            var expected = DatabaseTables.PgTypeOid(kind);
            if (!actual.TryGetValue(column, out var found))
            {
                throw new BadInputException($"PostgreSQL at {Endpoint}: table {table} has no column {column}; run `pantrypilot db migrate`");
            }

            if (found.Oid != expected.Oid)
            {
                throw new BadInputException($"PostgreSQL at {Endpoint}: column {table}.{column} is {found.Type}, but the pipeline reads it as {expected.Name} ({kind}); restore the migration's type");
            }
        }

        var known = columns.Select(c => c.Name).Append(DatabaseTables.RowIdColumn).ToHashSet(StringComparer.Ordinal);
        return order.Select((column, position) => (column, position)).Where(c => !known.Contains(c.column)).ToArray();
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Stopping mid-stream: ask the server to cancel the COPY, or disposing would read the rest of the table.
    /// The server's "canceling statement" reply (or a stream a failed read already closed) is the expected outcome;
    /// the error that stopped the read (or the consumer's cancellation) is the one that propagates, not this one.</summary>
    private static async Task AbandonAsync(NpgsqlRawCopyStream stream)
    {
        try
        {
            await stream.CancelAsync();
            await stream.DisposeAsync();
        }
        catch (Exception ex) when (ex is NpgsqlException or ObjectDisposedException or OperationCanceledException or IOException)
        {
            // Expected ("canceling statement", or a connection the failed read already broke: the pool drops it).
        }
    }

    /// <summary>Streams the raw receipts (CORD JSON) in load order.</summary>
    public async IAsyncEnumerable<CordReceipt> ReadReceiptsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var conn = await OpenAsync(cancellationToken);
        await using var exporter = await BeginExportAsync(
            conn, DatabaseTables.ReceiptsTable, "COPY (SELECT receipt_id, user_id, cord::text FROM receipts ORDER BY row_id) TO STDOUT (FORMAT BINARY)", cancellationToken);
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

    /// <summary>The benchmark floor: <c>COPY table TO STDOUT (FORMAT BINARY)</c> read and thrown away, counting tuples.</summary>
    public async Task<(long Rows, long Bytes)> CopyOutBaselineAsync(DataTable table, CancellationToken cancellationToken = default)
    {
        await using var conn = await OpenAsync(cancellationToken);
        await using var stream = await conn.BeginRawBinaryCopyAsync($"COPY {DatabaseTables.NameOf(table)} TO STDOUT (FORMAT BINARY)", cancellationToken);
        var buffer = new byte[1 << 16];
        var counter = new BinaryCopyRowCounter();
        long bytes = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            bytes += read;
            counter.Feed(buffer.AsSpan(0, read));
        }

        return (counter.Rows, bytes);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated)
        {
            await _connection.Value.Source.DisposeAsync();
        }
    }

    private static async ValueTask WriteValueAsync(NpgsqlBinaryImporter importer, Array column, int row, NpgsqlDbType type, CancellationToken ct)
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
                // timestamptz takes UTC only; the table model keeps timestamps in UTC, unspecified ones are read as UTC.
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
                throw new ArgumentException($"table {table}: the batch ({source.Name}) has no column '{columns[c].Name}'");
            }

            if (source.Columns[i].Kind != columns[c].Kind)
            {
                throw new ArgumentException($"table {table}: column '{columns[c].Name}' is {source.Columns[i].Kind} in the batch, {columns[c].Kind} in the table");
            }

            map[c] = i;
        }
    }

    /// <summary>A database that was never migrated is a setup problem, not a crash: say what to run.</summary>
    private async Task<NpgsqlBinaryExporter> BeginExportAsync(NpgsqlConnection conn, string table, string copy, CancellationToken ct)
    {
        try
        {
            return await conn.BeginBinaryExportAsync(copy, ct);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            throw MissingTable(table, ex);
        }
    }

    private BadInputException MissingTable(string table, Exception? inner)
    {
        var message = $"PostgreSQL at {Endpoint}: table {table} does not exist; run `pantrypilot db migrate` (and `db load`) first";
        return inner is null ? new(message) : new(message, inner);
    }

    private static async Task ExecuteAsync(NpgsqlConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async IAsyncEnumerable<T> AsAsync<T>(IEnumerable<T> items, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var item in items)
        {
            ct.ThrowIfCancellationRequested();
            yield return item;
        }

        await Task.CompletedTask;
    }

    private static bool IsTransient(Exception ex) => ex switch
    {
        PostgresException pg => pg.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            || pg.SqlState.StartsWith("08", StringComparison.Ordinal),
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is SocketException or TimeoutException or IOException,
        TimeoutException or SocketException => true,
        _ => false,
    };

    private static string Describe(Exception ex)
    {
        var inner = ex.InnerException is { } i && !string.IsNullOrWhiteSpace(i.Message) ? $" ({i.Message})" : string.Empty;
        return ex.Message + inner;
    }

    private static ResiliencePipeline BuildRetry(ConnectRetryOptions options) => options.MaxRetryAttempts == 0 ? ResiliencePipeline.Empty : new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
            MaxRetryAttempts = options.MaxRetryAttempts,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.Delay,
        })
        .Build();

    private sealed record Connection(NpgsqlDataSource Source, string Endpoint)
    {
        public static Connection Create(DatabaseOptions options)
        {
            if (!options.IsConfigured)
            {
                throw new BadInputException("PostgreSQL is not configured: set DATABASE_URL (postgres://user:pass@host:5432/db) or ConnectionStrings:Pantry");
            }

            var builder = PostgresConnectionString.Parse(options.ConnectionString!);
            return new Connection(new NpgsqlDataSourceBuilder(builder.ConnectionString).Build(), PostgresConnectionString.Endpoint(builder));
        }
    }
}
