using PantryPilot.Activities.Database;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Storage;
using PantryPilot.Activities.Tests.Support;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Tests.Database;

/// <summary>`db load` semantics on real PostgreSQL: the same file twice leaves the same rows; a changed row replaces
/// its old version; truncate still empties; a file with a file-level fault loads nothing. Expected table contents are
/// counted from the input files by these tests, not by the loader.</summary>
public sealed class IdempotentLoadTests(PostgresSchemaFixture pg) : IClassFixture<PostgresSchemaFixture>, IDisposable
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "original");

    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [PostgresFact]
    public async Task LoadIdempotentAsync_SameFileTwice_SameRowsAndAllUnchanged()
    {
        await FreshAsync();
        var path = Path.Combine(Fixtures, "purchase_history.csv");

        var first = await LoadAsync(DataTable.Purchases, path);
        var before = await SnapshotAsync("purchase_history");
        var second = await LoadAsync(DataTable.Purchases, path);

        Assert.Equal(new LoadCounts(40, 0, 0), first);
        Assert.Equal(new LoadCounts(0, 0, 40), second);
        Assert.Equal(before, await SnapshotAsync("purchase_history"));
        Assert.Equal(40L, await pg.ScalarAsync("SELECT count(*) FROM purchase_history"));
        Assert.Equal(10L, await pg.ScalarAsync("SELECT count(*) FROM purchase_history WHERE discount_applied"));
    }

    [PostgresFact]
    public async Task LoadIdempotentAsync_ChangedAndNewRows_AreUpdatedAndInsertedOthersUntouched()
    {
        await FreshAsync();
        var original = Path.Combine(Fixtures, "inventory.csv");
        await LoadAsync(DataTable.Inventory, original);
        var lines = File.ReadAllLines(original).ToList();
        lines[1] = lines[1].Replace(",4.0,kg,", ",3.5,kg,", StringComparison.Ordinal); // user_001/I001: 4.0 kg -> 3.5 kg
        lines.Add("user_777,I001,Basmati Rice,1.0,kg,grains,2026-01-01,False,3.49,2025-03-02,pantry,Tilda,\"vegan\",0.1,1,2025-03-01,manual");
        var changed = dir.File("inventory.csv", string.Join('\n', lines) + "\n");

        var counts = await LoadAsync(DataTable.Inventory, changed);

        Assert.Equal(new LoadCounts(1, 1, 39), counts);
        Assert.Equal(41L, await pg.ScalarAsync("SELECT count(*) FROM inventory"));
        Assert.Equal(3.5, await pg.ScalarAsync("SELECT quantity FROM inventory WHERE user_id = 'user_001' AND item_id = 'I001'"));
    }

    [PostgresFact]
    public async Task LoadIdempotentAsync_AfterTruncate_LoadsAgainFromEmpty()
    {
        await FreshAsync();
        var path = Path.Combine(Fixtures, "inventory.csv");
        await LoadAsync(DataTable.Inventory, path);

        await pg.Database.TruncateAsync();
        var again = await LoadAsync(DataTable.Inventory, path);

        Assert.Equal(new LoadCounts(40, 0, 0), again);
        Assert.Equal(1L, await pg.ScalarAsync("SELECT min(row_id) FROM inventory"));
    }

    [PostgresFact]
    public async Task LoadIdempotentAsync_UnclosedQuote_FailsAndLoadsNothing()
    {
        await FreshAsync();
        var lines = File.ReadAllLines(Path.Combine(Fixtures, "inventory.csv"));
        lines[30] = lines[30].Remove(lines[30].LastIndexOf('"'), 1);
        var broken = dir.File("inventory.csv", string.Join('\n', lines) + "\n");

        var ex = await Assert.ThrowsAsync<BadInputException>(() => LoadAsync(DataTable.Inventory, broken));

        Assert.StartsWith("inventory.csv line 31: a quote opened on this line", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await pg.ScalarAsync("SELECT count(*) FROM inventory"));
    }

    private async Task FreshAsync()
    {
        await pg.Database.MigrateAsync();
        await pg.Database.TruncateAsync();
    }

    private Task<LoadCounts> LoadAsync(DataTable table, string path) =>
        pg.Database.Loader.LoadIdempotentAsync(table, CsvTableReader.Read(path, DatabaseTables.SchemaOf(table)).Select(b => b.Rows));

    private async Task<string> SnapshotAsync(string table) =>
        (string)(await pg.ScalarAsync($"SELECT string_agg(t::text, E'\\n' ORDER BY row_id) FROM {table} t"))!;
}
