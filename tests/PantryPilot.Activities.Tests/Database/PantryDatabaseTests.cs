using PantryPilot.Activities.Database;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Tests.Support;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Generation;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Tests.Database;

public sealed class PantryDatabaseTests(PostgresSchemaFixture pg) : IClassFixture<PostgresSchemaFixture>
{
    [PostgresFact]
    public async Task MigrateAsync_RunTwice_SecondRunAppliesNothing()
    {
        await pg.Database.MigrateAsync();
        var second = await pg.Database.MigrateAsync();

        Assert.Empty(second);
        Assert.Equal(Migrations.All.Max(m => m.Version), await pg.Database.SchemaVersionAsync());
        Assert.Equal((long)Migrations.All.Count, await pg.ScalarAsync("SELECT count(*) FROM schema_migrations"));
        Assert.Equal(pg.Schema, await pg.ScalarAsync("SELECT table_schema FROM information_schema.tables WHERE table_name = 'inventory' AND table_schema = current_schema()"));
    }

    [PostgresFact]
    public async Task LoadAsync_ThenReadAsync_RoundTripsEveryColumnKindIncludingNulls()
    {
        await pg.Database.MigrateAsync();
        await pg.Database.TruncateAsync();
        var input = new[] { SampleTables.Inventory(5), SampleTables.Inventory(2, offset: 5) };

        var loaded = await pg.Database.Loader.LoadAsync(DataTable.Inventory, input);
        var batches = new List<TableBatch>();
        await foreach (var batch in pg.Database.Exporter.ReadAsync(DataTable.Inventory, batchSize: 3))
        {
            batches.Add(batch);
        }

        Assert.Equal(7, loaded);
        Assert.Equal([3, 3, 1], batches.Select(b => b.RowCount));
        var expected = SampleTables.Inventory(7);
        var row = 0;
        foreach (var batch in batches)
        {
            for (var r = 0; r < batch.RowCount; r++, row++)
            {
                for (var c = 0; c < expected.Columns.Length; c++)
                {
                    var want = expected.Value(c, row);
                    var got = batch.Value(c, r);
                    if (want is DateTime wt && got is DateTime gt)
                    {
                        Assert.Equal(wt.ToUniversalTime(), gt.ToUniversalTime());
                        Assert.Equal(DateTimeKind.Utc, gt.Kind);
                    }
                    else
                    {
                        Assert.True(Equals(want, got), $"row {row} column {expected.Schema.Columns[c].Name}: expected {want ?? "null"}, got {got ?? "null"}");
                    }
                }
            }
        }
    }

    [PostgresFact]
    public async Task VacuumAnalyzeAsync_AfterLoad_RowCountKnownToThePlanner()
    {
        await pg.Database.MigrateAsync();
        await pg.Database.TruncateAsync();
        await pg.Database.Loader.LoadAsync(DataTable.Inventory, [SampleTables.Inventory(1000)]);

        await pg.Database.VacuumAnalyzeAsync();

        // pg_class is PostgreSQL's own record, written by VACUUM (ANALYZE) itself: TRUNCATE leaves it stale and a fresh
        // table reads -1, so only a vacuum of the new rows makes it read 1000. (Pages marked all-visible are not asserted:
        // another test's open transaction in the same cluster can hold them back.)
        var (pages, tuples) = await RelationStateAsync("inventory");
        Assert.True(pages > 0);
        Assert.Equal(1000, tuples);
        Assert.Equal(1000, await pg.Database.CountRowsAsync(DataTable.Inventory));
    }

    private async Task<(int Pages, float Tuples)> RelationStateAsync(string table)
    {
        await using var conn = new Npgsql.NpgsqlConnection(pg.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand("SELECT relpages, reltuples FROM pg_class WHERE oid = to_regclass(@t)", conn);
        cmd.Parameters.AddWithValue("t", table);
        await using var reader = await cmd.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetInt32(0), reader.GetFloat(1));
    }

    [PostgresFact]
    public async Task ReceiptStore_SameReceiptTwice_ReplacesInsteadOfDuplicating()
    {
        await pg.Database.MigrateAsync();
        await pg.Database.TruncateAsync();
        CordReceipt[] receipts = [new("r1", "u1", SampleTables.CordReceipt), new("r2", string.Empty, """{"gt_parse":{"menu":{"nm":"Tofu","price":"3.50"}}}""")];

        await pg.Database.Receipts.LoadAsync(receipts);
        await pg.Database.Receipts.LoadAsync(receipts.Take(1));
        var read = new List<CordReceipt>();
        await foreach (var r in pg.Database.Receipts.ReadAsync())
        {
            read.Add(r);
        }

        Assert.Equal(2, await pg.Database.CountRowsAsync(DataTable.Receipts));
        // An upsert keeps the first row id, so load order survives a reload.
        Assert.Equal(["r1", "r2"], read.Select(r => r.ReceiptId));
        Assert.Equal(["u1", string.Empty], read.Select(r => r.UserId));
        Assert.Contains("Nasi Goreng", read[0].Json, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task ReadAsync_NeverMigratedSchema_ThrowsBadInputSayingToMigrate()
    {
        var ex = await PostgresSchemaFixture.ReadFailureAsync(DataTable.Purchases, _ => Task.CompletedTask);

        Assert.Contains("purchase_history does not exist", ex.Message, StringComparison.Ordinal);
        Assert.Contains("db migrate", ex.Message, StringComparison.Ordinal);
    }
}
