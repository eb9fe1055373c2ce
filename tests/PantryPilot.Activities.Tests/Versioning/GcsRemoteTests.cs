using PantryPilot.Activities.Versioning;
using Polly;
using Polly.Retry;

namespace PantryPilot.Activities.Tests.Versioning;

/// <summary>GcsRemote through Google.Cloud.Storage.V1 against the firebase-tools Storage emulator (GCS JSON API).</summary>
public sealed class GcsRemoteTests : IDisposable
{
    private const string Bucket = "demo-pantrypilot.appspot.com";
    private readonly TempDataDir temp = new();
    private readonly CancellationToken ct = CancellationToken.None;

    public void Dispose() => temp.Dispose();

    [GcsEmulatorFact]
    public async Task GcsRemote_PushPullCheckout_RoundTripsByteIdentical()
    {
        temp.WriteSampleData();
        temp.Write("raw/large.parquet", 11, 3 * 1024 * 1024 + 17);
        var prefix = $"test-{Guid.NewGuid():N}";
        var remote = GcsRemote.Create($"gs://{Bucket}/{prefix}", GcsEmulator.Host);
        var source = new DatasetRepository(temp.DataDir);
        var snapshot = await source.SnapshotAsync("to gcs", null, ct);

        var pushed = await new VersionSync(source, remote).PushAsync("HEAD", null, ct);
        var pushedAgain = await new VersionSync(source, remote).PushAsync("HEAD", null, ct);
        var keys = new List<string>();
        await foreach (var key in remote.ListAsync(string.Empty, ct))
        {
            keys.Add(key);
        }

        var freshDir = Path.Combine(temp.Root, "fresh");
        var fresh = new DatasetRepository(freshDir);
        var pulled = await new VersionSync(fresh, GcsRemote.Create($"gs://{Bucket}/{prefix}", GcsEmulator.Host)).PullAsync(null, null, ct);
        await fresh.CheckoutAsync(pulled.SnapshotId, force: false, null, ct);

        Assert.Equal(6, pushed.Objects);
        Assert.Equal(0, pushedAgain.Objects);
        Assert.Equal(8, keys.Count); // 6 objects, 1 manifest, HEAD
        Assert.Contains(RemoteKeys.Manifest(snapshot.Manifest.Id), keys);
        Assert.True(await remote.ExistsAsync(RemoteKeys.Head, ct));
        Assert.False(await remote.ExistsAsync("objects/no/such", ct));
        Assert.Equal(6, pulled.Objects);
        foreach (var file in snapshot.Manifest.Files)
        {
            Assert.Equal(await ContentHash.OfFileAsync(temp.PathOf(file.Path), ct), await ContentHash.OfFileAsync(Path.Combine(freshDir, file.Path), ct));
        }
    }

    [GcsEmulatorFact]
    public async Task GcsRemote_CorruptObject_DetectedOnPull()
    {
        temp.WriteSampleData();
        var uri = $"gs://{Bucket}/test-{Guid.NewGuid():N}";
        var remote = GcsRemote.Create(uri, GcsEmulator.Host);
        var source = new DatasetRepository(temp.DataDir);
        var snapshot = await source.SnapshotAsync("to gcs", null, ct);
        await new VersionSync(source, remote).PushAsync("HEAD", null, ct);
        var victim = snapshot.Manifest.Files[0];
        using (var wrong = new MemoryStream([1, 2, 3]))
        {
            await remote.UploadAsync(RemoteKeys.Object(victim.Sha256), wrong, ct);
        }

        var fresh = new DatasetRepository(Path.Combine(temp.Root, "fresh"));
        var error = await Assert.ThrowsAsync<CorruptObjectException>(() => new VersionSync(fresh, remote).PullAsync(snapshot.Manifest.Id, null, ct));

        Assert.Contains(victim.Sha256, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GcsRemote_Unreachable_RemoteUnavailableAfterRetries()
    {
        var attempts = 0;
        var retry = new RetryStrategyOptions
        {
            MaxRetryAttempts = 2,
            Delay = TimeSpan.FromMilliseconds(10),
            ShouldHandle = args => ValueTask.FromResult(GcsRemote.IsTransient(args.Outcome.Exception, args.Context.CancellationToken)),
            OnRetry = _ =>
            {
                attempts++;
                return ValueTask.CompletedTask;
            },
        };

        // Port 9 (discard) on loopback: nothing listens there, so the connection is refused at once.
        var remote = GcsRemote.Create("gs://bucket/prefix", "127.0.0.1:9", retry);
        var error = await Assert.ThrowsAsync<RemoteUnavailableException>(() => remote.ExistsAsync("HEAD", ct));

        Assert.Contains("gs://bucket/prefix/", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, attempts);
    }

    [Fact]
    public void ParseUri_BucketAndPrefix_Split()
    {
        Assert.Equal(("my-bucket", "team/pantry"), GcsRemote.ParseUri("gs://my-bucket/team/pantry"));
        Assert.Equal(("my-bucket", string.Empty), GcsRemote.ParseUri("gs://my-bucket"));
        Assert.Throws<ArgumentException>(() => GcsRemote.ParseUri("s3://x/y"));
    }
}
