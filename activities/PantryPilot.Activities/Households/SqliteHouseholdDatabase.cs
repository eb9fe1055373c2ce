using System.Data.Common;
using Microsoft.Data.Sqlite;
using PantryPilot.Activities.Database;

namespace PantryPilot.Activities.Households;

/// <summary>The embedded household store: one SQLite file (no server to install), the same migrations as PostgreSQL
/// in SQLite's dialect where they differ. Chosen because it is a real SQL database with transactions in a file: the
/// same tables and statements run on it, two processes writing at once are serialised by its write lock (a write
/// transaction starts IMMEDIATE), and its native library ships inside the Microsoft.Data.Sqlite package for Linux,
/// macOS and Windows, so nothing is downloaded at run time.</summary>
public sealed class SqliteHouseholdDatabase : IHouseholdDatabase
{
    /// <summary>How long a writer waits for another process's write transaction before failing (retryable).</summary>
    public const int BusyTimeoutSeconds = 30;

    private readonly string connectionString;

    public SqliteHouseholdDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        connectionString =
            new SqliteConnectionStringBuilder
            {
                DataSource = Path,
                DefaultTimeout = BusyTimeoutSeconds,
                Pooling = true
            }.ToString();
    }

    public string Path { get; }

    public string Description => $"embedded SQLite {Path}";

    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        await using var connection = (SqliteConnection)await OpenAsync(cancellationToken);

        // WAL: readers never block the writer (a query while a cook commits), and a crash leaves a consistent file.
        await SqlCommands.ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL", cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await SqlCommands.ExecuteAsync(connection, transaction, $"""
            CREATE TABLE IF NOT EXISTS {Migrations.HistoryTable} (
                version integer PRIMARY KEY,
                description text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
            )
            """, cancellationToken);
        var applied = new HashSet<int>();
        await using (var command = SqlCommands.Create(
            connection, transaction, $"SELECT version FROM {Migrations.HistoryTable}"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        var now = new List<int>();
        foreach (var migration in Migrations.All.Where(m => !applied.Contains(m.Version)).OrderBy(m => m.Version))
        {
            try
            {
                await SqlCommands.ExecuteAsync(connection, transaction, migration.Sqlite ?? migration.Sql,
                    cancellationToken);
            }
            catch (SqliteException e)
            {
                throw new InvalidOperationException(
                    $"migration {migration.Version} ({migration.Description}) does not run on SQLite ({e.Message}); "
                    + "give it a Sqlite form in Migrations.cs",
                    e);
            }

            await SqlCommands.ExecuteAsync(connection, transaction,
                $"INSERT INTO {Migrations.HistoryTable} (version, description) VALUES (@v, @d)", cancellationToken,
                ("v", migration.Version), ("d", migration.Description));
            now.Add(migration.Version);
        }

        await transaction.CommitAsync(cancellationToken);
        return now;
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public Task<DbTransaction> BeginAsync(DbConnection connection, string householdId,
        CancellationToken cancellationToken)
    {
        // IMMEDIATE: the write lock is taken now, not at the first write, so two writers cannot both read then clash.
        ArgumentNullException.ThrowIfNull(connection);
        return Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));
    }

    public ValueTask DisposeAsync()
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }
}
