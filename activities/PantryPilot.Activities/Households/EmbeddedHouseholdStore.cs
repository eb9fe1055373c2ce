using System.Data.Common;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Storage;
using PantryPilot.Contracts.DataPipeline;

namespace PantryPilot.Activities.Households;

/// <summary>The embedded store of `pantrypilot household ...` without DATABASE_URL: <c>&lt;data
/// dir&gt;/households.db</c>, created on first use, migrated, and seeded with the source tables the data pipeline last
/// ingested (<c>raw/inventory.parquet</c>, <c>raw/purchase_history.parquet</c>: the rows of `pipeline run --data-dir
/// data`, as the source held them). From then on it is the households' source of truth; delete the file to seed it
/// again.</summary>
public static class EmbeddedHouseholdStore
{
    public const string FileName = "households.db";

    /// <summary>Opens the store in <paramref name="dataDir"/>; <c>Seeded</c> says what a new store was filled with
    /// (null when the store existed).</summary>
    public static async Task<(SqliteHouseholdDatabase Database, string? Seeded)> OpenAsync(string dataDir,
        CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetFullPath(dataDir), FileName);
        var created = !File.Exists(path);
        var database = new SqliteHouseholdDatabase(path);
        try
        {
            await database.MigrateAsync(cancellationToken);
            return (database, created ? await SeedAsync(database, dataDir, cancellationToken) : null);
        }
        catch
        {
            await database.DisposeAsync();
            if (created)
            {
                // A store that could not be seeded is not left behind half-filled: the next command starts over.
                SqliteHouseholdDatabaseFiles.Delete(path);
            }

            throw;
        }
    }

    /// <summary>Copies the raw snapshot of inventory and purchase_history into the store's tables (the columns both
    /// have), in one transaction. Returns what was loaded, in words.</summary>
    public static async Task<string> SeedAsync(IHouseholdDatabase database, string dataDir,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        var paths = new DataPaths(dataDir);
        var inventory = paths.Raw(DataTable.Inventory);
        var purchases = paths.Raw(DataTable.Purchases);
        if (!File.Exists(inventory))
        {
            return $"empty: {inventory} does not exist (run `pantrypilot pipeline run --data-dir {dataDir}` first "
                + "to seed it from the pipeline's data)";
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var lots = await CopyAsync(connection, transaction, inventory, "inventory", cancellationToken);
        var bought = File.Exists(purchases)
            ? await CopyAsync(connection, transaction, purchases, "purchase_history", cancellationToken) : 0;
        await transaction.CommitAsync(cancellationToken);
        return $"seeded from {paths.RawDir}: {lots:N0} inventory rows, {bought:N0} purchase_history rows";
    }

    private static async Task<long> CopyAsync(DbConnection connection, DbTransaction transaction, string parquet,
        string table, CancellationToken cancellationToken)
    {
        var columns = await TableColumnsAsync(connection, transaction, table, cancellationToken);
        long rows = 0;
        DbCommand? insert = null;
        try
        {
            await foreach (var batch in ParquetTableReader.ReadAsync(parquet, columns, cancellationToken))
            {
                var names = batch.Schema.Columns.Select(c => c.Name).ToList();
                if (insert is null)
                {
                    insert = SqlCommands.Create(connection, transaction,
                        $"INSERT INTO {table} ({string.Join(", ", names)}) "
                        + $"VALUES ({string.Join(", ", names.Select((_, i) => "@p" + i))})",
                        names.Select((_, i) => ("p" + i, (object?)null)).ToArray());
                }

                for (var row = 0; row < batch.RowCount; row++)
                {
                    for (var c = 0; c < names.Count; c++)
                    {
                        insert.Parameters[c].Value = batch.Value(c, row) ?? DBNull.Value;
                    }

                    await insert.ExecuteNonQueryAsync(cancellationToken);
                    rows++;
                }
            }
        }
        finally
        {
            if (insert is not null)
            {
                await insert.DisposeAsync();
            }
        }

        return rows;
    }

    /// <summary>The store table's columns (the seed copies only those: source_row and unknown extras stay in
    /// raw/).</summary>
    private static async Task<HashSet<string>> TableColumnsAsync(DbConnection connection, DbTransaction transaction,
        string table, CancellationToken cancellationToken)
    {
        var columns = new HashSet<string>(StringComparer.Ordinal);
        await using var command =
            SqlCommands.Create(connection, transaction, $"SELECT name FROM pragma_table_info('{table}')");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            columns.Add(reader.GetString(0));
        }

        columns.Remove("row_id");
        return columns;
    }
}
