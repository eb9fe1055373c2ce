using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Storage;
using PantryPilot.Contracts.Activities;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Storage;
using Temporalio.Activities;

namespace PantryPilot.Activities.Versioning;

/// <summary>Content-addressed snapshot of raw/, processed/ and alerts/ (like DVC), pushed to the configured
/// remote.</summary>
public class VersionActivities(VersionRemoteFactory remotes, DataRoot root)
{
    private static readonly TimeSpan HeartbeatEvery = TimeSpan.FromSeconds(10);

    /// <summary>Publish the run's staging folder, snapshot, push. A retry after a crash finds the same id (same data)
    /// and pushes only what is missing.</summary>
    [Activity(ActivityNames.Snapshot)]
    public Task<SnapshotOutput> SnapshotAsync(SnapshotInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        input = input with { Run = root.Resolved(input.Run) };
        return FolderOwnership.RunAsync(input.Run, OwnershipStep.Check, () => SnapshotOwnedAsync(input));
    }

    private async Task<SnapshotOutput> SnapshotOwnedAsync(SnapshotInput input)
    {
        var context = CurrentActivity.Context;
        var ct = context?.CancellationToken ?? CancellationToken.None;
        var progress = new LatestProgress(context);

        // A single multi-GB file can take longer than the heartbeat timeout, so beat on a timer as well as per file.
        await using var timer = new Timer(_ => progress.Beat(), null, HeartbeatEvery, HeartbeatEvery);

        // The run's outputs become the data directory's, then that is what gets versioned.
        RunPublisher.Publish(input.Run);
        var repository = new DatasetRepository(input.Run.DataDir);
        var snapshot = await repository.SnapshotAsync(input.Message, progress, ct);
        var remote = remotes.Create(input.Run.DataDir);
        await new VersionSync(repository, remote).PushAsync(snapshot.Manifest.Id, progress, ct);
        return new(
            snapshot.Manifest.Id,
            snapshot.Manifest.Files.Count,
            snapshot.NewObjects,
            snapshot.NewBytes,
            Pushed: true);
    }

    /// <summary>Heartbeats with the latest progress, synchronously (Progress&lt;T&gt; would post to the thread
    /// pool).</summary>
    private sealed class LatestProgress(ActivityExecutionContext? context) : IProgress<VersionProgress>
    {
        private VersionProgress latest = new("start", 0, 0);

        public void Report(VersionProgress value)
        {
            latest = value;
            Beat();
        }

        public void Beat() => context?.Heartbeat(latest);
    }
}
