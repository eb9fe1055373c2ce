using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Tests.Support;
using PantryPilot.Activities.Versioning;
using PantryPilot.Contracts.DataPipeline;

namespace PantryPilot.Activities.Tests.Versioning;

public sealed class VersionSyncTests : IDisposable
{
    private readonly TempDataDir temp = new();
    private readonly CancellationToken ct = CancellationToken.None;

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task PushPullCheckout_FreshDataDir_RestoresByteIdenticalFiles()
    {
        temp.WriteSampleData();
        var remote = new LocalDirectoryRemote(Path.Combine(temp.Root, "remote"));
        var source = new DatasetRepository(temp.DataDir);
        var snapshot = await source.SnapshotAsync("first", null, ct);

        var pushed = await new VersionSync(source, remote).PushAsync("HEAD", null, ct);
        var pushedAgain = await new VersionSync(source, remote).PushAsync("HEAD", null, ct);

        var freshDir = Path.Combine(temp.Root, "fresh");
        var fresh = new DatasetRepository(freshDir);
        var pulled = await new VersionSync(fresh, remote).PullAsync(null, null, ct);
        var checkout = await fresh.CheckoutAsync(snapshot.Manifest.Id, force: false, null, ct);

        Assert.Equal(5, pushed.Objects);
        Assert.Equal(0, pushedAgain.Objects);
        Assert.Equal(5, pushedAgain.AlreadyThere);
        Assert.Equal(snapshot.Manifest.Id, pulled.SnapshotId);
        Assert.Equal(5, pulled.Objects);
        Assert.Equal(5, checkout.Restored);
        foreach (var file in snapshot.Manifest.Files)
        {
            Assert.Equal(await File.ReadAllBytesAsync(temp.PathOf(file.Path)), await File.ReadAllBytesAsync(Path.Combine(freshDir, file.Path)));
        }

        Assert.False(File.Exists(Path.Combine(freshDir, "reports", "run-report.json")));
        Assert.Equal(snapshot.Manifest.Id, fresh.ReadHead());
    }

    [Fact]
    public async Task PushAsync_SecondSnapshot_UploadsOnlyChangedObject()
    {
        temp.WriteSampleData();
        var remote = new LocalDirectoryRemote(Path.Combine(temp.Root, "remote"));
        var repository = new DatasetRepository(temp.DataDir);
        await repository.SnapshotAsync("first", null, ct);
        await new VersionSync(repository, remote).PushAsync("HEAD", null, ct);
        temp.Write("alerts/alerts.csv", 500, 10_000);
        var second = await repository.SnapshotAsync("second", null, ct);

        var missingBefore = await new VersionSync(repository, remote).MissingOnRemoteAsync(second.Manifest, ct);
        var pushed = await new VersionSync(repository, remote).PushAsync("HEAD", null, ct);

        Assert.Equal(["alerts/alerts.csv"], missingBefore.Select(f => f.Path));
        Assert.Equal(1, pushed.Objects);
        Assert.Equal(10_000, pushed.Bytes);
        Assert.Empty(await new VersionSync(repository, remote).MissingOnRemoteAsync(second.Manifest, ct));
    }

    [Fact]
    public async Task PullAsync_CorruptRemoteObject_ThrowsAndStoresNothing()
    {
        temp.WriteSampleData();
        var remoteDir = Path.Combine(temp.Root, "remote");
        var repository = new DatasetRepository(temp.DataDir);
        var snapshot = await repository.SnapshotAsync("first", null, ct);
        await new VersionSync(repository, new LocalDirectoryRemote(remoteDir)).PushAsync("HEAD", null, ct);
        var victim = snapshot.Manifest.Files.Single(f => f.Path == "raw/inventory.parquet");
        var remoteObject = Path.Combine(remoteDir, RemoteKeys.Object(victim.Sha256));
        await using (var stream = new FileStream(remoteObject, FileMode.Open, FileAccess.Write))
        {
            stream.Position = 100;
            stream.WriteByte(0x42 ^ 0xFF);
        }

        var fresh = new DatasetRepository(Path.Combine(temp.Root, "fresh"));
        var error = await Assert.ThrowsAsync<CorruptObjectException>(() => new VersionSync(fresh, new LocalDirectoryRemote(remoteDir)).PullAsync(snapshot.Manifest.Id, null, ct));

        Assert.Contains(victim.Sha256, error.Message, StringComparison.Ordinal);
        Assert.Contains("raw/inventory.parquet", error.Message, StringComparison.Ordinal);
        Assert.False(fresh.Objects.Contains(victim.Sha256));
        Assert.False(fresh.HasSnapshot(snapshot.Manifest.Id));
    }

    [Fact]
    public async Task PullAsync_UnknownSnapshot_ClearError()
    {
        var remote = new LocalDirectoryRemote(Path.Combine(temp.Root, "remote"));
        var fresh = new DatasetRepository(temp.DataDir);

        var error = await Assert.ThrowsAsync<VersioningException>(() => new VersionSync(fresh, remote).PullAsync(new string('a', 64), null, ct));

        Assert.Contains("unknown snapshot", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SnapshotAsync_Activity_PushesToDefaultRemoteAndIsIdempotentOnRetry()
    {
        temp.WriteSampleData();
        var activities = new VersionActivities(new VersionRemoteFactory(new VersioningOptions(null, null)), TestRoots.Local);
        var run = new PipelineRun("run-1", temp.DataDir, new DateOnly(2026, 11, 24), SourceKind.Synthetic);

        var first = await activities.SnapshotAsync(new(run, "pipeline run"));
        var retried = await activities.SnapshotAsync(new(run, "pipeline run"));

        Assert.True(first.Pushed);
        Assert.Equal(5, first.Files);
        Assert.Equal(5, first.NewObjects);
        Assert.Equal(first.SnapshotId, retried.SnapshotId);
        Assert.Equal(0, retried.NewObjects);
        var remoteDir = Path.Combine(temp.Root, VersionRemoteFactory.DefaultRemoteFolder);
        Assert.True(File.Exists(Path.Combine(remoteDir, RemoteKeys.Manifest(first.SnapshotId))));
        Assert.Equal(first.SnapshotId, (await File.ReadAllTextAsync(Path.Combine(remoteDir, RemoteKeys.Head))).Trim());
        Assert.Equal(5, Directory.EnumerateFiles(Path.Combine(remoteDir, "objects"), "*", SearchOption.AllDirectories).Count());
    }
}
