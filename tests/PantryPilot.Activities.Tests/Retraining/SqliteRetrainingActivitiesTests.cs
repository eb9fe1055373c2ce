using PantryPilot.Activities.Households;

namespace PantryPilot.Activities.Tests.Retraining;

/// <summary><see cref="RetrainingActivitiesContract"/> on the embedded SQLite store, in a folder of its own.</summary>
public sealed class SqliteRetrainingActivitiesTests : RetrainingActivitiesContract, IAsyncLifetime
{
    private SqliteHouseholdDatabase? database;

    protected override IHouseholdDatabase Database => database!;

    public async Task InitializeAsync()
    {
        database = new SqliteHouseholdDatabase(Path.Combine(Folder, "households.db"));
        await database.MigrateAsync(default);
    }

    public async Task DisposeAsync()
    {
        await database!.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }

    [Fact]
    public Task Loop() => Feedback_ThresholdThenPreferenceDataset_EachRowSeenOnce();

    [Fact]
    public Task AllFiltered() => EveryPairFiltered_NothingToTrain_AndTheRowsAreKeptWithTheirReason();
}
