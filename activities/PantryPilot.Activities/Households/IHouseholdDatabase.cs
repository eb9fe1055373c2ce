using System.Data.Common;

namespace PantryPilot.Activities.Households;

/// <summary>Where the household store keeps its rows: PostgreSQL (DATABASE_URL) or the embedded SQLite file. Both run
/// the same migrations and the same SQL; only opening, migrating and locking a household differ.</summary>
public interface IHouseholdDatabase : IAsyncDisposable
{
    /// <summary>For people: "PostgreSQL at 127.0.0.1:5432" or "embedded SQLite data/households.db" (never a
    /// password).</summary>
    string Description { get; }

    Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken);

    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>A write transaction that holds the household's lock until it ends: two clients updating one household
    /// at once take turns.</summary>
    Task<DbTransaction> BeginAsync(DbConnection connection, string householdId, CancellationToken cancellationToken);
}
