using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PantryPilot.Activities.Ingest;
using PantryPilot.Activities.Tests.Support;

namespace PantryPilot.Activities.Tests.Ingest;

public sealed class IngestRegistrationTests
{
    [Fact]
    public async Task AddPipelineActivities_WithoutDatabaseUrl_ResolvesIngestActivities()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([]).Build();
        await using var services = new ServiceCollection().AddLogging().AddPipelineActivities(configuration, TestRoots.Local).BuildServiceProvider();

        var activities = services.GetRequiredService<IngestActivities>();

        Assert.NotNull(activities);
    }
}
