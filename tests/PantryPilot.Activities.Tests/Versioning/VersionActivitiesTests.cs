using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Tests.Support;
using PantryPilot.Activities.Versioning;
using PantryPilot.Contracts.DataPipeline;
using Temporalio.Testing;

namespace PantryPilot.Activities.Tests.Versioning;

public sealed class VersionActivitiesTests : IDisposable
{
    private readonly TempDataDir temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task SnapshotAsync_InActivityEnvironment_HeartbeatsWithProgress()
    {
        temp.WriteSampleData();
        var heartbeats = new List<object?>();
        var environment = new ActivityEnvironment { Heartbeater = details => heartbeats.AddRange(details) };
        var activities = new VersionActivities(new VersionRemoteFactory(new VersioningOptions(null, null)), TestRoots.Local);
        var run = new PipelineRun("run-hb", temp.DataDir, new DateOnly(2026, 11, 24), SourceKind.Synthetic);

        var output = await environment.RunAsync(() => activities.SnapshotAsync(new(run, "heartbeat test")));

        Assert.Equal(5, output.Files);
        var progress = heartbeats.OfType<VersionProgress>().ToList();
        Assert.Contains(progress, p => p.Step == "hash" && p.Current == "raw/inventory.parquet");
        Assert.Contains(progress, p => p.Step == "upload" && p.Total == 5);
    }

    [Fact]
    public async Task AddPipelineActivities_ConfiguredRemote_SnapshotPushesThere()
    {
        temp.WriteSampleData();
        var remoteDir = Path.Combine(temp.Root, "configured-remote");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [VersioningOptions.RemoteVariable] = remoteDir })
            .Build();
        await using var services = new ServiceCollection().AddLogging().AddPipelineActivities(configuration, TestRoots.Local).BuildServiceProvider();

        var output = await services.GetRequiredService<VersionActivities>()
            .SnapshotAsync(new(new PipelineRun("run-di", temp.DataDir, new DateOnly(2026, 11, 24), SourceKind.Synthetic), "configured"));

        Assert.True(output.Pushed);
        Assert.True(File.Exists(Path.Combine(remoteDir, RemoteKeys.Manifest(output.SnapshotId))));
        Assert.False(Directory.Exists(Path.Combine(temp.Root, VersionRemoteFactory.DefaultRemoteFolder)));
    }
}
