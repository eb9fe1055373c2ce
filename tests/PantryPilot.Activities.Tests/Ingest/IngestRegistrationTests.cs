using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PantryPilot.Activities.Ingest;

namespace PantryPilot.Activities.Tests.Ingest;

public sealed class IngestRegistrationTests
{
    [Fact]
    public async Task AddPipelineActivities_WithoutDatabaseUrl_ResolvesIngestActivities()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([]).Build();
        await using var services = new ServiceCollection().AddLogging().AddPipelineActivities(configuration).BuildServiceProvider();

        var activities = services.GetRequiredService<IngestActivities>();

        Assert.NotNull(activities);
    }
}
