using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PantryPilot.Activities;
using PantryPilot.Activities.Database;
using PantryPilot.Cli.Pipeline;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Generation;
using PantryPilot.Domain.Storage;
using PantryPilot.Workflows.DataPipeline;

namespace PantryPilot.Cli.Tests.Hosting;

/// <summary>Retries by fault kind, on a real PostgreSQL: the database is down when the run starts and comes back
/// while the ingest stage is retrying. The run must wait for it (the infrastructure fault is retryable under the
/// stage's own policy) and complete with every row, not fail the day as bad input.</summary>
public sealed class DatabaseRestartTests
{
    [SkippableDatabaseFact]
    public async Task InProcessRun_DatabaseDownThenBack_RetriesIngestAndCompletes()
    {
        await using var cluster = await OwnedPostgresCluster.CreateAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("DATABASE_URL", cluster.Url)]).Build();
        await using var services = new ServiceCollection().AddLogging().AddPipelineActivities(configuration, DataRoot.ForLocalRun(Directory.GetCurrentDirectory())).BuildServiceProvider();
        var asOf = new DateOnly(2026, 3, 1);
        var db = services.GetRequiredService<PantryDatabase>();
        await db.MigrateAsync();
        var generator = new SyntheticDataGenerator(new GeneratorSettings(30, 10, 20, Seed: 3, AsOf: asOf));
        var inventoryRows = await db.Loader.LoadAsync(DataTable.Inventory, generator.Inventory());
        await db.Loader.LoadAsync(DataTable.Purchases, generator.Purchases());
        await cluster.StopAsync();

        var dataDir = Directory.CreateTempSubdirectory("pantry-restart-").FullName;
        try
        {
            var retries = new List<string>();
            Task? restart = null;
            var runner = new InProcessStageRunner(
                services,
                _ => { },
                onRetry: line =>
                {
                    lock (retries)
                    {
                        retries.Add(line);
                        // The database comes back only after the run has seen it down and decided to retry.
                        restart ??= cluster.StartAsync();
                    }
                },
                policy: s => s with { InitialInterval = TimeSpan.FromMilliseconds(500), MaximumInterval = TimeSpan.FromSeconds(2) });
            var run = new PipelineRun("restart", dataDir, asOf, SourceKind.Postgres, Policy: ValidationPolicy.Quarantine);

            var summary = await new DataPipelineFlow(runner).RunAsync(run).WaitAsync(TimeSpan.FromMinutes(3));

            Assert.Contains(retries, r => r.StartsWith("ingest ", StringComparison.Ordinal) && r.Contains(nameof(DatabaseUnavailableException), StringComparison.Ordinal));
            Assert.True(summary.RowsConserved);
            Assert.Equal(inventoryRows, summary.Stages.Single(s => s.Stage == StageNames.Ingest && s.Table == DataTable.Inventory).RowsIn);
            Assert.NotNull(summary.SnapshotId);
            await restart!;
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }
}

/// <summary>Runs where a PostgreSQL cluster of the test's own can be created; otherwise skipped, saying why.</summary>
public sealed class SkippableDatabaseFactAttribute : FactAttribute
{
    public SkippableDatabaseFactAttribute()
    {
        if (OwnedPostgresCluster.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
