using PantryPilot.Activities.Database;
using PantryPilot.Activities.Ingest;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Storage;
using PantryPilot.Activities.Tests.Support;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Generation;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Tests.Ingest;

public sealed class IngestFromPostgresTests(PostgresSchemaFixture pg) : IClassFixture<PostgresSchemaFixture>, IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [PostgresFact]
    public async Task IngestAsync_PostgresInventory_WritesRawParquetAndManifestWithStableHash()
    {
        await pg.Database.MigrateAsync();
        await pg.Database.TruncateAsync();
        await pg.Database.Loader.LoadAsync(DataTable.Inventory, [SampleTables.Inventory(700)]);
        var activities = new IngestActivities(pg.Database, TestRoots.Local);

        var first = await activities.IngestAsync(new(Run("run-1", dir.Combine("a")), DataTable.Inventory));
        var second = await activities.IngestAsync(new(Run("run-2", dir.Combine("b")), DataTable.Inventory));

        Assert.Equal(new StageCounts("ingest", DataTable.Inventory, 700, 700, 0), first.Counts);
        Assert.Null(first.QuarantinePath);
        Assert.Equal(first.ContentHash, second.ContentHash);
        Assert.Equal(await RawSnapshotWriter.HashFileAsync(first.RawPath), first.ContentHash);
        Assert.Equal(700, await ParquetTableReader.CountRowsAsync(first.RawPath));

        var manifest = await RawManifest.ReadAsync(first.ManifestPath);
        Assert.Equal("inventory", manifest.Table);
        Assert.Equal("postgres", manifest.Source);
        Assert.Equal(700, manifest.Rows);
        Assert.Equal(first.ContentHash, manifest.ContentHash);
        // Versioned content: two runs with other ids in other folders write the very same manifest bytes.
        Assert.Equal(await File.ReadAllBytesAsync(first.ManifestPath), await File.ReadAllBytesAsync(second.ManifestPath));
        Assert.Equal(PantrySchemas.Inventory.ColumnNames, manifest.Schema.Select(c => c.Name));

        var expected = SampleTables.Inventory(700);
        var row = 0;
        await foreach (var batch in ParquetTableReader.ReadAsync(first.RawPath))
        {
            for (var r = 0; r < batch.RowCount; r++, row++)
            {
                Assert.Equal(row + 1, batch.Integer("source_row")[r]);
                Assert.Equal(expected.Text("item_id")[row], batch.Text("item_id")[r]);
                Assert.Equal(expected.Number("quantity")[row], batch.Number("quantity")[r]);
                Assert.Equal(expected.Date("expiry_date")[row], batch.Date("expiry_date")[r]);
            }
        }

        Assert.Equal(700, row);
    }

    [PostgresFact]
    public async Task IngestAsync_PostgresReceipts_FlattensLinesAndQuarantinesBadOnes()
    {
        await pg.Database.MigrateAsync();
        await pg.Database.TruncateAsync();
        await pg.Database.Receipts.LoadAsync(
        [
            new CordReceipt("r1", "u1", SampleTables.CordReceipt),
            new CordReceipt("r2", "u2", """{"gt_parse": {"menu": [{"nm": "Paneer", "price": "??"}]}}"""),
        ]);

        var output = await new IngestActivities(pg.Database, TestRoots.Local).IngestAsync(new(Run("run-r", dir.Path), DataTable.Receipts));

        Assert.Equal(new StageCounts("ingest", DataTable.Receipts, 4, 3, 1), output.Counts);
        Assert.NotNull(output.QuarantinePath);
        var quarantined = new List<string?>();
        await foreach (var batch in ParquetTableReader.ReadAsync(output.QuarantinePath))
        {
            quarantined.AddRange(batch.Text("reason").Take(batch.RowCount));
        }

        Assert.Equal(["receipt r2 line 1 field price: '??' is not an amount"], quarantined);
    }

    [Fact]
    public async Task IngestAsync_DatabaseDown_ThrowsRetryableUnavailableWithoutPassword()
    {
        await using var db = new PantryDatabase(new DatabaseOptions("postgres://u:hunter2-secret@127.0.0.1:1/db"), new ConnectRetryOptions(1, TimeSpan.FromMilliseconds(10)));

        // An infrastructure fault: the activity's retry policy waits for the database instead of failing the day.
        var ex = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => new IngestActivities(db, TestRoots.Local).IngestAsync(new(Run("run-x", dir.Path), DataTable.Inventory)));

        Assert.Contains("127.0.0.1:1", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-secret", ex.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(DataPaths.For(Run("run-x", dir.Path)).Raw(DataTable.Inventory)));
    }

    private static PipelineRun Run(string id, string dataDir) => new(id, dataDir, new DateOnly(2024, 5, 1), SourceKind.Postgres);
}
