using System.Data.Common;
using PantryPilot.Activities.Database;

namespace PantryPilot.Activities.Households;

/// <summary>The household store on PostgreSQL, the source of truth (DATABASE_URL). A household's writes take a
/// transaction-scoped advisory lock on its id, so concurrent writers of one household take turns and writers of
/// different households never wait for each other.</summary>
public sealed class PostgresHouseholdDatabase(PantryDatabase database) : IHouseholdDatabase
{
    public string Description => $"PostgreSQL at {database.Endpoint}";

    public Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken)
        => database.MigrateAsync(cancellationToken);

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
        => await database.OpenAsync(cancellationToken);

    public async Task<DbTransaction> BeginAsync(DbConnection connection, string householdId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await SqlCommands.ExecuteAsync(connection, transaction,
            "SELECT pg_advisory_xact_lock(hashtextextended(@h, 1848))", cancellationToken,
            ("h", "household:" + householdId));
        return transaction;
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();
}
