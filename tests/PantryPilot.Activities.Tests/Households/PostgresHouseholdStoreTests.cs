using PantryPilot.Activities.Households;
using PantryPilot.Activities.Tests.Support;

namespace PantryPilot.Activities.Tests.Households;

/// <summary><see cref="HouseholdStoreContract"/> on real PostgreSQL, in a schema of its own per test.</summary>
public sealed class PostgresHouseholdStoreTests : HouseholdStoreContract, IAsyncLifetime
{
    private readonly PostgresSchemaFixture fixture = new();
    private PostgresHouseholdDatabase? database;

    protected override IHouseholdDatabase Database => database!;

    public async Task InitializeAsync()
    {
        await fixture.InitializeAsync();
        database = new PostgresHouseholdDatabase(fixture.Database);
        if (PostgresSchemaFixture.UnavailableReason is null)
        {
            await database.MigrateAsync(default);
        }
    }

    public Task DisposeAsync() => fixture.DisposeAsync();

    [PostgresFact]
    public Task Purchase() => Purchase_ThenLoad_LotsAndPurchaseRowsUnderTheRequestId();

    [PostgresFact]
    public Task Idempotency() => SameRequestTwice_AppliesOnce_AnotherPayloadUnderTheIdIsRefused();

    [PostgresFact]
    public Task ShoppingList() => ShoppingList_HandWrittenHistory_RiceOnePackSaltForItsMinimum();

    [PostgresFact]
    public Task ShoppingListPlans() => ShoppingList_PlansMinimumsAndConsumeEvents_HandWorked();

    [PostgresFact]
    public Task Fifo() => Consume_SoonestExpiringLotFirst_AcrossUnits();

    [PostgresFact]
    public Task AllOrNothing() => Consume_MoreThanHeld_RefusedAndNothingChanges();

    [PostgresFact]
    public Task Cook() => Cook_TakesWhatIsThereAndReportsTheRest_NothingLeftIsRefused();

    [PostgresFact]
    public Task PantryFull() => Purchase_PastFiveHundredOpenLots_RefusedAsPantryFull();

    [PostgresFact]
    public Task TwoClients() => TwoClientsAtOnce_EveryUseAppliedExactlyOnce();

    [PostgresFact]
    public Task Feedback() => Feedback_TiedToTheServedAnswersModelAdapterAndPrompt();

    [PostgresFact]
    public Task Prepare() => PrepareRecipe_FreshNotDislikedSoonestFirst();
}
