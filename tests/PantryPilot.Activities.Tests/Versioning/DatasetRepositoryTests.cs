using PantryPilot.Activities.Versioning;

namespace PantryPilot.Activities.Tests.Versioning;

public sealed class DatasetRepositoryTests : IDisposable
{
    private readonly TempDataDir temp = new();
    private readonly CancellationToken ct = CancellationToken.None;

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task SnapshotAsync_UnchangedData_SameIdAndNothingNewStored()
    {
        temp.WriteSampleData();
        var repository = new DatasetRepository(temp.DataDir);

        var first = await repository.SnapshotAsync("first", null, ct);
        var objectsAfterFirst = temp.CountObjects(temp.DataDir);
        var second = await repository.SnapshotAsync("second, different message", null, ct);

        Assert.Equal(5, first.Manifest.Files.Count);
        Assert.Equal(5, first.NewObjects);
        Assert.Equal(5, objectsAfterFirst);
        Assert.Equal(first.Manifest.Id, second.Manifest.Id);
        Assert.True(second.Unchanged);
        Assert.Equal(0, second.NewObjects);
        Assert.Equal(0, second.NewBytes);
        Assert.Equal(5, temp.CountObjects(temp.DataDir));
        Assert.Single(await repository.ReadLogAsync(ct));
        Assert.Equal(first.Manifest.Id, repository.ReadHead());
    }

    [Fact]
    public async Task SnapshotAsync_ManifestListsTrackedFilesSortedWithRelativeForwardSlashPaths()
    {
        temp.WriteSampleData();
        var manifest = (await new DatasetRepository(temp.DataDir).SnapshotAsync("m", null, ct)).Manifest;

        Assert.Equal(
            ["alerts/alerts.csv", "processed/inventory.parquet", "raw/inventory.parquet", "raw/purchase_history.parquet", "raw/receipts/r-001.json"],
            manifest.Files.Select(f => f.Path));
        Assert.Equal(5_000, manifest.Files.Single(f => f.Path == "raw/receipts/r-001.json").Size);
        Assert.Equal(manifest.Id, SnapshotManifest.ComputeId(manifest.Files));
        Assert.Null(manifest.Parent);
        Assert.True(File.Exists(Path.Combine(temp.DataDir, ".pantry", "snapshots", manifest.Id + ".json")));
    }

    [Fact]
    public async Task SnapshotAsync_ChangedFile_NewIdAndOnlyChangedObjectStored()
    {
        temp.WriteSampleData();
        var repository = new DatasetRepository(temp.DataDir);
        var first = await repository.SnapshotAsync("first", null, ct);

        var changed = temp.Write("processed/inventory.parquet", 40);
        var second = await repository.SnapshotAsync("second", null, ct);

        Assert.NotEqual(first.Manifest.Id, second.Manifest.Id);
        Assert.Equal(1, second.NewObjects);
        Assert.Equal(new FileInfo(changed).Length, second.NewBytes);
        Assert.Equal(6, temp.CountObjects(temp.DataDir));
        Assert.Equal(first.Manifest.Id, second.Manifest.Parent);
        var newHash = second.Manifest.Files.Single(f => f.Path == "processed/inventory.parquet").Sha256;
        Assert.Equal(await ContentHash.OfFileAsync(changed, ct), newHash);
        Assert.True(repository.Objects.Contains(newHash));
    }

    [Fact]
    public async Task SnapshotAsync_DataRevertedToEarlierSnapshot_ReusesItsId()
    {
        temp.WriteSampleData();
        var repository = new DatasetRepository(temp.DataDir);
        var first = await repository.SnapshotAsync("first", null, ct);
        temp.Write("alerts/alerts.csv", 50, 10_000);
        await repository.SnapshotAsync("second", null, ct);

        temp.Write("alerts/alerts.csv", 5, 10_000);
        var third = await repository.SnapshotAsync("third", null, ct);

        Assert.Equal(first.Manifest.Id, third.Manifest.Id);
        Assert.Equal(0, third.NewObjects);
        Assert.Equal(first.Manifest.Id, repository.ReadHead());
    }

    [Fact]
    public async Task StatusAsync_AddedModifiedDeleted_Listed()
    {
        temp.WriteSampleData();
        var repository = new DatasetRepository(temp.DataDir);
        await repository.SnapshotAsync("first", null, ct);

        temp.Write("alerts/new.csv", 9, 100);
        temp.Write("raw/inventory.parquet", 99);
        File.Delete(temp.PathOf("raw/receipts/r-001.json"));
        temp.Write("reports/ignored.json", 10, 100);
        var status = await repository.StatusAsync(null, ct);

        Assert.Equal(["alerts/new.csv"], status.Added);
        Assert.Equal(["raw/inventory.parquet"], status.Modified);
        Assert.Equal(["raw/receipts/r-001.json"], status.Deleted);
        Assert.Equal(["alerts/alerts.csv", "processed/inventory.parquet", "raw/purchase_history.parquet"], status.Unchanged);
        Assert.False(status.IsClean);
    }

    [Fact]
    public async Task StatusAsync_NoSnapshotYet_EverythingAdded()
    {
        temp.WriteSampleData();
        var status = await new DatasetRepository(temp.DataDir).StatusAsync(null, ct);

        Assert.Null(status.Head);
        Assert.Equal(5, status.Added.Count);
        Assert.Empty(status.Modified);
    }

    [Fact]
    public async Task CheckoutAsync_EarlierSnapshot_RestoresFilesAndRemovesNewOnes()
    {
        temp.WriteSampleData();
        var repository = new DatasetRepository(temp.DataDir);
        var first = await repository.SnapshotAsync("first", null, ct);
        var original = await File.ReadAllBytesAsync(temp.PathOf("raw/inventory.parquet"));
        temp.Write("raw/inventory.parquet", 77);
        temp.Write("alerts/extra.csv", 78, 100);
        await repository.SnapshotAsync("second", null, ct);

        var result = await repository.CheckoutAsync(first.Manifest.Id[..10], force: false, null, ct);

        Assert.Equal(first.Manifest.Id, result.SnapshotId);
        Assert.Equal(1, result.Restored);
        Assert.Equal(1, result.Removed);
        Assert.Equal(original, await File.ReadAllBytesAsync(temp.PathOf("raw/inventory.parquet")));
        Assert.False(File.Exists(temp.PathOf("alerts/extra.csv")));
        Assert.True((await repository.StatusAsync(null, ct)).IsClean);
        Assert.Equal(first.Manifest.Id, repository.ReadHead());
    }

    [Fact]
    public async Task CheckoutAsync_ModifiedFileWithoutForce_RefusesAndKeepsIt()
    {
        temp.WriteSampleData();
        var repository = new DatasetRepository(temp.DataDir);
        var first = await repository.SnapshotAsync("first", null, ct);
        temp.Write("raw/inventory.parquet", 60);
        await repository.SnapshotAsync("second", null, ct);
        var uncommitted = temp.Write("raw/inventory.parquet", 61);
        var uncommittedBytes = await File.ReadAllBytesAsync(uncommitted);

        var error = await Assert.ThrowsAsync<UncommittedChangesException>(() => repository.CheckoutAsync(first.Manifest.Id, force: false, null, ct));

        Assert.Contains("raw/inventory.parquet", error.Message, StringComparison.Ordinal);
        Assert.Equal(uncommittedBytes, await File.ReadAllBytesAsync(uncommitted));

        await repository.CheckoutAsync(first.Manifest.Id, force: true, null, ct);
        var expected = first.Manifest.Files.Single(f => f.Path == "raw/inventory.parquet").Sha256;
        Assert.Equal(expected, await ContentHash.OfFileAsync(uncommitted, ct));
    }

    [Fact]
    public async Task LoadManifestAsync_UnknownId_ClearError()
    {
        temp.WriteSampleData();
        var repository = new DatasetRepository(temp.DataDir);
        await repository.SnapshotAsync("first", null, ct);

        var error = await Assert.ThrowsAsync<VersioningException>(() => repository.LoadManifestAsync("deadbeef00", ct));

        Assert.Contains("unknown snapshot 'deadbeef00'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadLogAsync_SnapshotAndCheckout_AppendedInOrder()
    {
        temp.WriteSampleData();
        var repository = new DatasetRepository(temp.DataDir);
        var first = await repository.SnapshotAsync("first", null, ct);
        temp.Write("alerts/alerts.csv", 70, 100);
        var second = await repository.SnapshotAsync("second", null, ct);
        await repository.CheckoutAsync(first.Manifest.Id, force: false, null, ct);

        var log = await repository.ReadLogAsync(ct);

        Assert.Equal(["snapshot", "snapshot", "checkout"], log.Select(e => e.Action));
        Assert.Equal([first.Manifest.Id, second.Manifest.Id, first.Manifest.Id], log.Select(e => e.SnapshotId));
        Assert.Equal(first.Manifest.Id, log[1].Parent);
    }
}
