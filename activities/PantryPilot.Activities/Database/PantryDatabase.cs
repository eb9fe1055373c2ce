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

/// <summary>The PostgreSQL source of truth: connection (with retries) and migrations; loads, reads and receipts are
/// their own classes (<see cref="TableLoader"/>, <see cref="TableExporter"/>, <see cref="ReceiptStore"/>).
/// Bulk paths use binary COPY: typed Npgsql writes on the way in, a hand-written decoder on the way out
/// (<see cref="BinaryCopyBatchReader"/>); both stream, so memory stays flat whatever the table size.</summary>
public sealed class PantryDatabase(DatabaseOptions options, ConnectRetryOptions? retry = null) : IAsyncDisposable
{
    public const int DefaultBatchSize = 65_536;

    private const long MigrationLockKey = 0x50_61_6e_74_72_79; // "Pantry": one migrator at a time per database

    private readonly Lazy<Connection> connection = new(() => Connection.Create(options));
    private readonly ResiliencePipeline retry = BuildRetry(retry ?? ConnectRetryOptions.Default);

    public DatabaseOptions Options { get; } = options;

    /// <summary><c>host:port</c> of the configured server (safe to print: no credentials).</summary>
    public string Endpoint => this.connection.Value.Endpoint;

    /// <summary>Opens a connection (retrying transient failures only as <see cref="ConnectRetryOptions"/> says: the
    /// activities use none, their retry policy is the one layer that retries). A server that is down becomes the
    /// retryable <see cref="DatabaseUnavailableException"/>; refused credentials or a missing database stay
    /// <see cref="BadInputException"/> (configuration no retry fixes). Both name host and port, never the
    /// password.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = this.connection.Value;
        try
        {
            return await this.retry.ExecuteAsync(static async (source, ct) => await source.OpenConnectionAsync(ct),
                connection.Source, cancellationToken);
        }
        catch (Exception ex) when (IsTransient(ex))
        {
            throw new DatabaseUnavailableException(
                $"PostgreSQL at {connection.Endpoint} is unreachable: {Describe(ex)}", ex);
        }
        catch (PostgresException ex) when (ex.SqlState.StartsWith("28", StringComparison.Ordinal)
            || ex.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            throw new BadInputException($"PostgreSQL at {connection.Endpoint} refused the connection: {ex.MessageText}",
                ex);
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
            await using var record =
                new NpgsqlCommand($"INSERT INTO {Migrations.HistoryTable} (version, description) VALUES ($1, $2)",
                    conn);
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
        await using var cmd = new NpgsqlCommand(
            $"SELECT CASE WHEN to_regclass('{Migrations.HistoryTable}') IS NULL THEN NULL "
            + $"ELSE (SELECT max(version) FROM {Migrations.HistoryTable}) END",
            conn);
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
    /// those bits into every page (the 6M-row benchmark's first COPY out took 12.3 s against 9.2 s for the
    /// next).</summary>
    public async Task VacuumAnalyzeAsync(CancellationToken cancellationToken = default)
    {
        await using var conn = await OpenAsync(cancellationToken);
        await ExecuteAsync(conn, "VACUUM (ANALYZE) inventory, purchase_history, receipts", cancellationToken);
    }

    /// <summary>Bulk loads: binary COPY in, and the idempotent load by natural key (<see
    /// cref="TableLoader"/>).</summary>
    public TableLoader Loader => new(this);

    /// <summary>Streaming reads of a tabular table by binary COPY out (<see cref="TableExporter"/>).</summary>
    public TableExporter Exporter => new(this);

    /// <summary>The raw CORD receipts table (<see cref="ReceiptStore"/>).</summary>
    public ReceiptStore Receipts => new(this);

    public async ValueTask DisposeAsync()
    {
        if (this.connection.IsValueCreated)
        {
            await this.connection.Value.Source.DisposeAsync();
        }
    }

    /// <summary>A database that was never migrated is a setup problem, not a crash: say what to run.</summary>
    internal async Task<NpgsqlBinaryExporter> BeginExportAsync(NpgsqlConnection conn, string table, string copy,
        CancellationToken ct)
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

    internal BadInputException MissingTable(string table, Exception? inner)
    {
        var message = $"PostgreSQL at {Endpoint}: table {table} does not exist; "
            + "run `pantrypilot db migrate` (and `db load`) first";
        return inner is null ? new(message) : new(message, inner);
    }

    internal static async Task ExecuteAsync(NpgsqlConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    internal static async IAsyncEnumerable<T> AsAsync<T>(IEnumerable<T> items,
        [EnumeratorCancellation] CancellationToken ct)
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
        PostgresException pg => pg.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
                or PostgresErrorCodes.CannotConnectNow
            || pg.SqlState.StartsWith("08", StringComparison.Ordinal),
        NpgsqlException npgsql => npgsql.IsTransient
            || npgsql.InnerException is SocketException or TimeoutException or IOException,
        TimeoutException or SocketException => true,
        _ => false,
    };

    private static string Describe(Exception ex)
    {
        var inner = ex.InnerException is { } i && !string.IsNullOrWhiteSpace(i.Message) ? $" ({i.Message})"
            : string.Empty;
        return ex.Message + inner;
    }

    private static ResiliencePipeline BuildRetry(ConnectRetryOptions options) =>
        options.MaxRetryAttempts == 0 ? ResiliencePipeline.Empty : new ResiliencePipelineBuilder()
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
                throw new BadInputException(
                    "PostgreSQL is not configured: set DATABASE_URL (postgres://user:pass@host:5432/db) "
                    + "or ConnectionStrings:Pantry");
            }

            var builder = PostgresConnectionString.Parse(options.ConnectionString!);
            return new Connection(
                new NpgsqlDataSourceBuilder(builder.ConnectionString).Build(),
                PostgresConnectionString.Endpoint(builder));
        }
    }
}
