using System.Globalization;
using Npgsql;
using PantryPilot.Activities.Ingest;
using PantryPilot.Activities.Storage;
using PantryPilot.Activities.Tests.Support;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Tests.Ingest;

/// <summary>A PostgreSQL table with columns the schema does not know (added by hand): ingest carries them to raw/ as
/// text, after the known columns in table order, as it does a CSV's. Real PostgreSQL, a schema of this class's own;
/// the expected values are computed here from row_id, the same formula the UPDATE applied.</summary>
public sealed class IngestExtraColumnsFromPostgresTests(PostgresSchemaFixture pg) : IClassFixture<PostgresSchemaFixture>, IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [PostgresFact]
    public async Task IngestAsync_TableWithExtraColumns_CarriesThemAsTextAfterTheKnownColumns()
    {
        await pg.Database.MigrateAsync();
        await pg.Database.TruncateAsync();
        await pg.Database.Loader.LoadAsync(DataTable.Inventory, [SampleTables.Inventory(50)]);
        await using (var conn = new NpgsqlConnection(pg.ConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand(
                """
                ALTER TABLE inventory ADD COLUMN store_aisle text, ADD COLUMN "Shelf No" integer, ADD COLUMN qty_canonical text;
                UPDATE inventory SET store_aisle = CASE WHEN row_id % 5 = 0 THEN NULL WHEN row_id % 7 = 0 THEN '' ELSE 'A' || row_id || ', left' END,
                                     "Shelf No" = row_id % 3,
                                     qty_canonical = 'x' || row_id;
                """,
                conn);
            await cmd.ExecuteNonQueryAsync();
        }

        var run = new PipelineRun("pg-extras", dir.Path, new DateOnly(2026, 1, 1), SourceKind.Postgres);
        var ingest = await new IngestActivities(pg.Database, TestRoots.Local).IngestAsync(new(run, DataTable.Inventory));

        Assert.Equal(new StageCounts("ingest", DataTable.Inventory, 50, 50, 0), ingest.Counts);
        var schema = await ParquetTableReader.ReadSchemaAsync(ingest.RawPath);
        var position = 1 + (PantrySchemas.Inventory.Columns.Count - 1) + 3; // the 1-based table position: row_id, the stored columns, the three added
        Assert.Equal([.. PantrySchemas.Inventory.ColumnNames, "store_aisle", "Shelf No", $"column_{position}"], schema.ColumnNames);
        Assert.All(schema.Columns.Skip(PantrySchemas.Inventory.Columns.Count), c => Assert.Equal(ColumnKind.Text, c.Kind));
        var rows = 0;
        await foreach (var batch in ParquetTableReader.ReadAsync(ingest.RawPath))
        {
            for (var r = 0; r < batch.RowCount; r++, rows++)
            {
                var id = batch.Integer(TableSchema.SourceRowColumn)[r]!.Value;
                Assert.Equal(id % 5 == 0 ? null : id % 7 == 0 ? string.Empty : $"A{id}, left", batch.Text("store_aisle")[r]);
                Assert.Equal((id % 3).ToString(CultureInfo.InvariantCulture), batch.Text("Shelf No")[r]);
                Assert.Equal($"x{id}", batch.Text($"column_{position}")[r]);
            }
        }

        Assert.Equal(50, rows);
    }
}
