using PantryPilot.Activities.Households;
using PantryPilot.Activities.Tests.Support;

namespace PantryPilot.Activities.Tests.Retraining;

/// <summary><see cref="RetrainingActivitiesContract"/> on real PostgreSQL, in a schema of its own.</summary>
public sealed class PostgresRetrainingActivitiesTests : RetrainingActivitiesContract, IAsyncLifetime
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

    public async Task DisposeAsync()
    {
        await fixture.DisposeAsync();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    [PostgresFact]
    public Task Loop() => Feedback_ThresholdThenPreferenceDataset_EachRowSeenOnce();

    [PostgresFact]
    public Task AllFiltered() => EveryPairFiltered_NothingToTrain_AndTheRowsAreKeptWithTheirReason();
}
