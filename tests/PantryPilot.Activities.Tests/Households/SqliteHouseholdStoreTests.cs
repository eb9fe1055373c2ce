using PantryPilot.Activities.Households;

namespace PantryPilot.Activities.Tests.Households;

/// <summary><see cref="HouseholdStoreContract"/> on the embedded SQLite store, in a file of its own per test.</summary>
public sealed class SqliteHouseholdStoreTests : HouseholdStoreContract, IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "households-test-" + Guid.NewGuid().ToString("N")[..8]);
    private SqliteHouseholdDatabase? database;

    protected override IHouseholdDatabase Database => database!;

    public async Task InitializeAsync()
    {
        database = new SqliteHouseholdDatabase(Path.Combine(folder, "households.db"));
        await database.MigrateAsync(default);
    }

    public async Task DisposeAsync()
    {
        await database!.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public Task Purchase() => Purchase_ThenLoad_LotsAndPurchaseRowsUnderTheRequestId();

    [Fact]
    public Task Idempotency() => SameRequestTwice_AppliesOnce_AnotherPayloadUnderTheIdIsRefused();

    [Fact]
    public Task ShoppingList() => ShoppingList_HandWrittenHistory_RiceOnePackSaltForItsMinimum();

    [Fact]
    public Task ShoppingListPlans() => ShoppingList_PlansMinimumsAndConsumeEvents_HandWorked();

    [Fact]
    public Task Fifo() => Consume_SoonestExpiringLotFirst_AcrossUnits();

    [Fact]
    public Task AllOrNothing() => Consume_MoreThanHeld_RefusedAndNothingChanges();

    [Fact]
    public Task Cook() => Cook_TakesWhatIsThereAndReportsTheRest_NothingLeftIsRefused();

    [Fact]
    public Task PantryFull() => Purchase_PastFiveHundredOpenLots_RefusedAsPantryFull();

    [Fact]
    public Task TwoClients() => TwoClientsAtOnce_EveryUseAppliedExactlyOnce();

    [Fact]
    public Task Feedback() => Feedback_TiedToTheServedAnswersModelAdapterAndPrompt();

    [Fact]
    public Task Prepare() => PrepareRecipe_FreshNotDislikedSoonestFirst();

    [Fact]
    public async Task Migrations_SameTablesAsPostgres_EveryVersionRecorded()
    {
        await using var connection = await database!.OpenAsync(default);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(version, ',') FROM (SELECT version FROM schema_migrations ORDER BY version)";
        Assert.Equal(string.Join(',', PantryPilot.Activities.Database.Migrations.All.Select(m => m.Version)), (string)(await command.ExecuteScalarAsync())!);
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('inventory', 'purchase_history', 'receipts', 'households', 'household_requests', 'household_stock_changes', 'household_recipes', 'recipe_feedback', 'household_state')";
        Assert.Equal(9L, (long)(await command.ExecuteScalarAsync())!);
    }
}
