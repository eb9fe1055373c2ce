using Npgsql;
using PantryPilot.Activities.Database;
using PantryPilot.Contracts.DataPipeline;
using Pipeline = PantryPilot.Activities.Pipeline;

namespace PantryPilot.Activities.Tests.Support;

/// <summary>A PostgreSQL schema of its own for one test class (use as <c>IClassFixture</c>): created on start,
/// dropped with everything in it at the end. Connections made from <see cref="ConnectionString"/> resolve unqualified
/// table names in that schema (Npgsql <c>Search Path</c>), so classes never see each other's tables.
/// The server comes from <c>PANTRYPILOT_TEST_DATABASE_URL</c>, else the database <c>scripts/ensure-postgres.sh test</c> creates (pantrypilot_test).</summary>
public sealed class PostgresSchemaFixture : IAsyncLifetime
{
    public const string DefaultUrl = "postgres://pantrypilot:pantrypilot@127.0.0.1:5432/pantrypilot_test";

    private static readonly Lazy<string?> Unavailable = new(Probe);

    public PostgresSchemaFixture()
    {
        var builder = PostgresConnectionString.Parse(BaseUrl);
        builder.SearchPath = Schema;
        ConnectionString = builder.ConnectionString;
        Database = new PantryDatabase(new DatabaseOptions(ConnectionString), new ConnectRetryOptions(1, TimeSpan.FromMilliseconds(50)));
    }

    public static string BaseUrl => Environment.GetEnvironmentVariable("PANTRYPILOT_TEST_DATABASE_URL") is { Length: > 0 } url ? url : DefaultUrl;

    /// <summary>Null when the server answers; otherwise why tests that need it are skipped.</summary>
    public static string? UnavailableReason => Unavailable.Value;

    public string Schema { get; } = "test_" + Guid.NewGuid().ToString("N")[..12];

    public string ConnectionString { get; }

    /// <summary>A database bound to this schema (not yet migrated).</summary>
    public PantryDatabase Database { get; }

    public async Task InitializeAsync()
    {
        if (UnavailableReason is not null)
        {
            return;
        }

        await ExecuteAsync($"CREATE SCHEMA \"{Schema}\"");
    }

    public async Task DisposeAsync()
    {
        await Database.DisposeAsync();
        if (UnavailableReason is null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync($"DROP SCHEMA IF EXISTS \"{Schema}\" CASCADE");
        }
    }

    /// <summary>Reads <paramref name="table"/> from a schema of its own, prepared by <paramref name="arrange"/>, and
    /// returns the <see cref="Pipeline.BadInputException"/> the read must fail with (before any row).</summary>
    public static async Task<Pipeline.BadInputException> ReadFailureAsync(DataTable table, Func<PostgresSchemaFixture, Task> arrange)
    {
        var fixture = new PostgresSchemaFixture();
        await fixture.InitializeAsync();
        try
        {
            await arrange(fixture);
            return await Assert.ThrowsAsync<Pipeline.BadInputException>(async () =>
            {
                await foreach (var batch in fixture.Database.Exporter.ReadAsync(table))
                {
                    Assert.Fail($"no rows expected, got {batch.RowCount}");
                }
            });
        }
        finally
        {
            await fixture.DisposeAsync();
        }
    }

    /// <summary>Runs SQL in this schema.</summary>
    public async Task ExecuteInSchemaAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return await cmd.ExecuteScalarAsync();
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(PostgresConnectionString.Parse(BaseUrl).ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private static string? Probe()
    {
        var builder = PostgresConnectionString.Parse(BaseUrl);
        builder.Timeout = 3;
        try
        {
            using var conn = new NpgsqlConnection(builder.ConnectionString);
            conn.Open();
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return $"PostgreSQL at {PostgresConnectionString.Endpoint(builder)} is not reachable ({ex.Message}); run `bash scripts/ensure-postgres.sh test` or set PANTRYPILOT_TEST_DATABASE_URL";
        }
    }
}

/// <summary>A fact that needs PostgreSQL: skipped, with the reason, when the server does not answer.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresSchemaFixture.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}
