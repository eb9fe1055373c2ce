using System.Data.Common;

namespace PantryPilot.Activities.Households;

/// <summary>A household database that applies the migrations once, before its first connection is handed out: a
/// worker starts on a database that `db migrate` has not seen yet and still finds its tables.</summary>
public sealed class MigratedHouseholdDatabase(IHouseholdDatabase inner) : IHouseholdDatabase
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private bool migrated;

    public string Description => inner.Description;

    public Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken)
        => inner.MigrateAsync(cancellationToken);

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!migrated)
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                if (!migrated)
                {
                    await inner.MigrateAsync(cancellationToken);
                    migrated = true;
                }
            }
            finally
            {
                gate.Release();
            }
        }

        return await inner.OpenAsync(cancellationToken);
    }

    public Task<DbTransaction> BeginAsync(DbConnection connection, string householdId,
        CancellationToken cancellationToken) =>
        inner.BeginAsync(connection, householdId, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        gate.Dispose();
        await inner.DisposeAsync();
    }
}
