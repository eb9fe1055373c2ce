using System.Diagnostics;
using Npgsql;
using PantryPilot.Activities.Database;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Tests.Support;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Generation;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Tests.Database;

/// <summary><see cref="PantryDatabase.ReadAsync"/> decodes binary COPY by hand: every value must come back exactly as
/// PostgreSQL holds it, and as Npgsql's own readers (a plain SELECT) return it.</summary>
public sealed class BinaryCopyReadTests(PostgresSchemaFixture pg) : IClassFixture<PostgresSchemaFixture>, IAsyncLifetime
{
    private static readonly DateTime MicrosecondStamp = new DateTime(1999, 12, 31, 23, 59, 59, DateTimeKind.Utc).AddTicks(1_234_560);

    public async Task InitializeAsync()
    {
        await pg.Database.MigrateAsync();
        await pg.Database.TruncateAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [PostgresFact]
    public async Task ReadAsync_EdgeValuesOfEveryKind_ComeBackExactly()
    {
        var input = TableBatch.Allocate(PantrySchemas.Inventory, 4);
        string?[] names = ["jalapeño", "キムチ", "🌶️ chili 🍜", string.Empty];
        double?[] quantities = [double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0];
        double?[] costs = [double.MaxValue, double.Epsilon, -double.MaxValue, null];
        DateOnly?[] dates = [new(1899, 12, 31), new(1999, 12, 31), new(2000, 1, 1), new(9999, 12, 31)];
        DateTime?[] stamps = [MicrosecondStamp, new(1900, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(9999, 12, 31, 23, 59, 59, DateTimeKind.Utc).AddTicks(9_999_990), null];
        bool?[] flags = [true, false, null, true];
        string?[] brands = [null, string.Empty, "Ürün", "x"];
        for (var r = 0; r < 4; r++)
        {
            input.Text("item_name")[r] = names[r];
            input.Number("quantity")[r] = quantities[r];
            input.Number("unit_cost")[r] = costs[r];
            input.Date("expiry_date")[r] = dates[r];
            input.Timestamp("last_updated")[r] = stamps[r];
            input.Boolean("allergen_flag")[r] = flags[r];
            input.Text("brand")[r] = brands[r];
            input.Text("user_id")[r] = "u1";
        }

        await pg.Database.Loader.LoadAsync(DataTable.Inventory, [input]);
        var batch = Assert.Single(await ReadAllAsync(DataTable.Inventory));

        Assert.Equal(4, batch.RowCount);
        Assert.Equal([1L, 2L, 3L, 4L], batch.Integer("source_row").Take(4).Cast<long>());
        Assert.Equal(names, batch.Text("item_name").Take(4));
        Assert.Equal(brands, batch.Text("brand").Take(4));
        Assert.Equal(dates, batch.Date("expiry_date").Take(4));
        Assert.Equal(flags, batch.Boolean("allergen_flag").Take(4));
        Assert.Null(batch.Text("category")[0]);
        for (var r = 0; r < 4; r++)
        {
            Assert.Equal(Bits(quantities[r]), Bits(batch.Number("quantity")[r]));
            Assert.Equal(Bits(costs[r]), Bits(batch.Number("unit_cost")[r]));
            Assert.Equal(stamps[r], batch.Timestamp("last_updated")[r]);
            Assert.True(batch.Timestamp("last_updated")[r] is not { } t || t.Kind == DateTimeKind.Utc, $"row {r}: timestamps come back as UTC");
        }

        // Repeated values share one instance per column (the pool), so memory does not grow with repeats.
        Assert.Same(batch.Text("user_id")[0], batch.Text("user_id")[3]);
    }

    [PostgresFact]
    public async Task ReadAsync_InfinityDatesAndTimestamps_MatchNpgsqlsOwnReaders()
    {
        await pg.ExecuteInSchemaAsync("""
            INSERT INTO inventory (item_id, expiry_date, purchase_date, last_updated) VALUES
                ('plus', 'infinity', '-infinity', 'infinity'),
                ('minus', '-infinity', 'infinity', '-infinity')
            """);

        var batch = Assert.Single(await ReadAllAsync(DataTable.Inventory));
        var reference = await SelectAsync(DataTable.Inventory);

        Assert.Equal(DateOnly.MaxValue, batch.Date("expiry_date")[0]);
        Assert.Equal(DateOnly.MinValue, batch.Date("expiry_date")[1]);
        Assert.Equal(DateTime.MaxValue, batch.Timestamp("last_updated")[0]);
        Assert.Equal(DateTime.MinValue, batch.Timestamp("last_updated")[1]);
        AssertSameValues(reference, [batch]);
    }

    [PostgresFact]
    public async Task ReadAsync_DateBeyondDotNet_ThrowsBadInputNamingTableRowAndColumn()
    {
        await pg.ExecuteInSchemaAsync("INSERT INTO inventory (item_id, expiry_date) VALUES ('ok', '2024-01-01'), ('far', '10000-01-01')");

        var ex = await Assert.ThrowsAsync<BadInputException>(() => ReadAllAsync(DataTable.Inventory));

        Assert.Contains("table inventory", ex.Message, StringComparison.Ordinal);
        Assert.Contains("row_id 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("column expiry_date", ex.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task ReadAsync_BadValueEarlyInALargeTable_ReportsItAndLeavesTheConnectionUsable()
    {
        await pg.ExecuteInSchemaAsync("INSERT INTO inventory (item_id, purchase_date) VALUES ('far', '10000-01-01')");
        await pg.Database.Loader.LoadAsync(DataTable.Inventory, [SampleTables.Inventory(30_000)]);
        var builder = new NpgsqlConnectionStringBuilder(pg.ConnectionString) { MaxPoolSize = 1, Timeout = 5 };
        await using var database = new PantryDatabase(new DatabaseOptions(builder.ConnectionString));

        // The decoder fails on row 1 while the server is still sending: the COPY is cancelled, the decode error wins.
        var ex = await Assert.ThrowsAsync<BadInputException>(() => ReadAllAsync(DataTable.Inventory, batchSize: 100, database: database));
        await pg.ExecuteInSchemaAsync("DELETE FROM inventory WHERE item_id = 'far'");

        Assert.Contains("row_id 1, column purchase_date", ex.Message, StringComparison.Ordinal);
        Assert.Equal(30_000, (await ReadAllAsync(DataTable.Inventory, database: database)).Sum(b => b.RowCount));
    }

    [PostgresFact]
    public async Task ReadAsync_BatchSizeSeven_SplitsHundredRowsInOrder()
    {
        await pg.Database.Loader.LoadAsync(DataTable.Inventory, [SampleTables.Inventory(100)]);

        var batches = await ReadAllAsync(DataTable.Inventory, batchSize: 7);

        Assert.Equal([.. Enumerable.Repeat(7, 14), 2], batches.Select(b => b.RowCount));
        var sourceRows = batches.SelectMany(b => b.Integer("source_row").Take(b.RowCount)).ToArray();
        Assert.Equal(Enumerable.Range(1, 100).Select(i => (long?)i), sourceRows);
        var itemIds = batches.SelectMany(b => b.Text("item_id").Take(b.RowCount));
        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"item-{i}"), itemIds);
    }

    [PostgresFact]
    public async Task ReadAsync_TextLargerThanAChunk_StraddlesChunksIntact()
    {
        // 3 bytes per character, odd length: the value and its characters cross several 256 KiB chunk boundaries.
        var huge = string.Concat(Enumerable.Repeat("キa", 70_001));
        var input = SampleTables.Inventory(5);
        input.Text("nutritional_tags")[2] = huge;
        input.Text("nutritional_tags")[3] = huge + "!";

        await pg.Database.Loader.LoadAsync(DataTable.Inventory, [input]);
        var batches = await ReadAllAsync(DataTable.Inventory, batchSize: 2);

        var tags = batches.SelectMany(b => b.Text("nutritional_tags").Take(b.RowCount)).ToArray();
        Assert.True(huge.Length * 2 > BinaryCopyBatchReader.DefaultChunkSize / 2, "the value must be longer than a chunk in UTF-8");
        Assert.Equal(new[] { "vegan,gluten_free", "vegan,gluten_free", huge, huge + "!", "vegan,gluten_free" }, tags);
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"item-{i}"), batches.SelectMany(b => b.Text("item_id").Take(b.RowCount)));
    }

    [PostgresFact]
    public async Task ReadAsync_EmptyTable_YieldsNoBatches()
    {
        Assert.Empty(await ReadAllAsync(DataTable.Purchases));
    }

    [PostgresFact]
    public async Task ReadAsync_GeneratedTablesWithFaults_MatchPlainSelect()
    {
        var generator = new SyntheticDataGenerator(new GeneratorSettings(Users: 40, ItemsPerUser: 25, PurchasesPerUser: 100, Seed: 11, FaultRate: 0.05, AsOf: new DateOnly(2026, 11, 24)));
        await pg.Database.Loader.LoadAsync(DataTable.Inventory, generator.Inventory(batchSize: 333));
        await pg.Database.Loader.LoadAsync(DataTable.Purchases, generator.Purchases(batchSize: 333));

        foreach (var table in new[] { DataTable.Inventory, DataTable.Purchases })
        {
            var reference = await SelectAsync(table);
            var batches = await ReadAllAsync(table, batchSize: 1000);

            Assert.True(reference.Count >= 1000, $"{table}: {reference.Count} rows is too few to mean anything");
            AssertSameValues(reference, batches);
        }
    }

    [PostgresFact]
    public async Task ReadAsync_CancelledMidStream_StopsAndReturnsTheConnection()
    {
        var generator = new SyntheticDataGenerator(new GeneratorSettings(Users: 100, ItemsPerUser: 5, PurchasesPerUser: 500, Seed: 3));
        var loaded = await pg.Database.Loader.LoadAsync(DataTable.Purchases, generator.Purchases());
        // One pooled connection: a COPY left running (or a connection not returned) would make the next read time out.
        var builder = new NpgsqlConnectionStringBuilder(pg.ConnectionString) { MaxPoolSize = 1, Timeout = 5 };
        await using var database = new PantryDatabase(new DatabaseOptions(builder.ConnectionString));

        using var cts = new CancellationTokenSource();
        var seen = 0;
        var clock = new Stopwatch();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var batch in database.Exporter.ReadAsync(DataTable.Purchases, batchSize: 100, cts.Token))
            {
                seen += batch.RowCount;
                clock.Start();
                await cts.CancelAsync();
            }
        });
        clock.Stop();

        Assert.InRange(seen, 100, 300); // the batch in hand plus at most the read-ahead ones
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"cancellation took {clock.Elapsed}");

        var again = 0L;
        await foreach (var batch in database.Exporter.ReadAsync(DataTable.Purchases, batchSize: 10_000))
        {
            again += batch.RowCount;
        }

        Assert.Equal(loaded, again);
    }

    [PostgresFact]
    public async Task ReadAsync_ConsumerBreaksEarly_NextReadOnTheSameDatabaseWorks()
    {
        await pg.Database.Loader.LoadAsync(DataTable.Inventory, [SampleTables.Inventory(5000)]);
        var builder = new NpgsqlConnectionStringBuilder(pg.ConnectionString) { MaxPoolSize = 1, Timeout = 5 };
        await using var database = new PantryDatabase(new DatabaseOptions(builder.ConnectionString));

        await foreach (var batch in database.Exporter.ReadAsync(DataTable.Inventory, batchSize: 10))
        {
            Assert.Equal(1, batch.Integer("source_row")[0]);
            break;
        }

        Assert.Equal(5000, await database.CountRowsAsync(DataTable.Inventory));
        Assert.Equal(5000, (await ReadAllAsync(DataTable.Inventory, database: database)).Sum(b => b.RowCount));
    }

    [PostgresFact]
    public async Task ReadAsync_ColumnOfAnotherType_FailsAtStartNamingIt()
    {
        var ex = await PostgresSchemaFixture.ReadFailureAsync(DataTable.Purchases, async other =>
        {
            await other.Database.MigrateAsync();
            await other.ExecuteInSchemaAsync("ALTER TABLE purchase_history ALTER COLUMN price_total TYPE numeric");
        });

        Assert.Contains("purchase_history.price_total is numeric", ex.Message, StringComparison.Ordinal);
        Assert.Contains("double precision", ex.Message, StringComparison.Ordinal);
    }

    private static long? Bits(double? value) => value is { } v ? BitConverter.DoubleToInt64Bits(v) : null;

    private async Task<List<TableBatch>> ReadAllAsync(DataTable table, int batchSize = PantryDatabase.DefaultBatchSize, PantryDatabase? database = null)
    {
        var batches = new List<TableBatch>();
        await foreach (var batch in (database ?? pg.Database).Exporter.ReadAsync(table, batchSize))
        {
            batches.Add(batch);
        }

        return batches;
    }

    /// <summary>The reference: the table read row by row through a plain SELECT and Npgsql's typed readers,
    /// in schema order (row_id as source_row).</summary>
    private async Task<List<object?[]>> SelectAsync(DataTable table)
    {
        var schema = DatabaseTables.SchemaOf(table);
        var select = string.Join(", ", schema.Columns.Select(c => c.Name == TableSchema.SourceRowColumn ? DatabaseTables.RowIdColumn : $"\"{c.Name}\""));
        var rows = new List<object?[]>();
        await using var conn = new NpgsqlConnection(pg.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"SELECT {select} FROM {DatabaseTables.NameOf(table)} ORDER BY {DatabaseTables.RowIdColumn}", conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new object?[schema.Columns.Count];
            for (var c = 0; c < row.Length; c++)
            {
                row[c] = reader.IsDBNull(c) ? null : schema.Columns[c].Kind switch
                {
                    ColumnKind.Text => reader.GetFieldValue<string>(c),
                    ColumnKind.Number => reader.GetFieldValue<double>(c),
                    ColumnKind.Integer => reader.GetFieldValue<long>(c),
                    ColumnKind.Boolean => reader.GetFieldValue<bool>(c),
                    ColumnKind.Date => reader.GetFieldValue<DateOnly>(c),
                    ColumnKind.Timestamp => reader.GetFieldValue<DateTime>(c),
                    _ => throw new InvalidOperationException(schema.Columns[c].Kind.ToString()),
                };
            }

            rows.Add(row);
        }

        return rows;
    }

    private static void AssertSameValues(List<object?[]> reference, List<TableBatch> batches)
    {
        Assert.Equal(reference.Count, batches.Sum(b => b.RowCount));
        var i = 0;
        foreach (var batch in batches)
        {
            for (var r = 0; r < batch.RowCount; r++, i++)
            {
                for (var c = 0; c < batch.Columns.Length; c++)
                {
                    var want = reference[i][c];
                    var got = batch.Value(c, r);
                    var same = (want, got) switch
                    {
                        (double w, double g) => BitConverter.DoubleToInt64Bits(w) == BitConverter.DoubleToInt64Bits(g),
                        (DateTime w, DateTime g) => w == g && w.Kind == g.Kind,
                        _ => Equals(want, got),
                    };
                    Assert.True(same, $"row {i} column {batch.Schema.Columns[c].Name}: SELECT gives {want ?? "null"}, the COPY reader {got ?? "null"}");
                }
            }
        }
    }
}
