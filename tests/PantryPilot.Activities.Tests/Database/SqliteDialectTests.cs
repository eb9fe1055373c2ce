using Microsoft.Data.Sqlite;
using PantryPilot.Activities.Database;
using PantryPilot.Contracts.DataPipeline;

namespace PantryPilot.Activities.Tests.Database;

/// <summary>Migration 1 is declared once, in PostgreSQL; the embedded store runs its translation. These check the
/// translation on a real SQLite database: the same tables, the same columns in the same order, and row ids that
/// number themselves.</summary>
public sealed class SqliteDialectTests : IAsyncLifetime
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public async Task InitializeAsync()
    {
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = Migrations.All.Single(m => m.Version == 1).Sqlite!;
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync() => await connection.DisposeAsync();

    [Theory]
    [InlineData(DataTable.Inventory)]
    [InlineData(DataTable.Purchases)]
    public async Task TabularTables_HaveRowIdThenTheStoredColumnsInSchemaOrder(DataTable table)
    {
        var expected = new[] { DatabaseTables.RowIdColumn }.Concat(DatabaseTables.StoredColumns(table).Select(c => c.Name));

        Assert.Equal(expected, await ColumnsAsync(DatabaseTables.NameOf(table)));
    }

    [Fact]
    public async Task Receipts_KeepTheirColumns_AndNumberRowsThemselves()
    {
        Assert.Equal(["receipt_id", "row_id", "user_id", "cord", "loaded_at"], await ColumnsAsync(DatabaseTables.ReceiptsTable));

        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO inventory (user_id, item_id) VALUES ('u1', 'a'), ('u1', 'b'); "
            + "INSERT INTO receipts (receipt_id, row_id, user_id, cord) VALUES ('r1', 7, 'u1', '{\"menu\":[]}');"
            + "SELECT group_concat(row_id) FROM inventory; ";
        Assert.Equal("1,2", await insert.ExecuteScalarAsync());

        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT cord || '|' || (loaded_at IS NOT NULL) FROM receipts";
        Assert.Equal("{\"menu\":[]}|1", await read.ExecuteScalarAsync());
    }

    [Fact]
    public void AnIdentityFormWithoutATranslation_IsRefused_NotPassedThrough()
    {
        var e = Assert.Throws<ArgumentException>(() => SqliteDialect.Translate("id bigint GENERATED ALWAYS AS IDENTITY"));
        Assert.Contains("own Sqlite text", e.Message, StringComparison.Ordinal);
    }

    private async Task<List<string>> ColumnsAsync(string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
