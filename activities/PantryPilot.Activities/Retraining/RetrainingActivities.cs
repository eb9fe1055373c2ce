using Microsoft.Extensions.Logging;
using PantryPilot.Activities.Storage;
using PantryPilot.Activities.Training;
using PantryPilot.Activities.Versioning;
using PantryPilot.Contracts.Activities;
using PantryPilot.Contracts.Retraining;
using PantryPilot.Domain.Retraining;
using PantryPilot.Domain.Storage;
using Temporalio.Activities;

namespace PantryPilot.Activities.Retraining;

/// <summary>The retraining coordinator's activities: thin adapters over <see cref="FeedbackStore"/>,
/// <see cref="FeedbackTally"/>, <see cref="FeedbackDatasetWriter"/>, <see cref="DatasetRepository"/> and
/// <see cref="ModelRegistry"/>. Each is safe to retry: a check only reads; a build writes the same files for the same
/// feedback and marks rows seen once; a rollback changes nothing when it already happened. Folders resolve under
/// <paramref name="root"/>; the dataset's paths are handed back located relative to it again.</summary>
public sealed class RetrainingActivities(
    FeedbackStore store,
    VersionRemoteFactory remotes,
    DataRoot root,
    TimeProvider clock,
    ILogger<RetrainingActivities> logger) : IRetrainingActivities
{
    private static CancellationToken Token => CurrentActivity.CancellationToken;

    [Activity(RetrainingNames.CheckActivity)]
    public async Task<FeedbackCheck> CheckAsync(CheckFeedbackInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var served = ServedAdapters.Of(new ModelRegistry(root.Resolved(input.ArtifactRoot)).Read());
        var tally = new FeedbackTally(served);
        await foreach (var (verdict, adapter, prompt) in store.ReadUnseenAsync(Token))
        {
            if (RatingKinds.Parse(verdict) is { } kind)
            {
                tally.Add(kind, adapter, ServedPromptText.DietTags(ServedPromptText.Constraints(prompt)));
            }
        }

        var t = input.Thresholds;
        var reasons =
            new RetrainingRules(t.NewPairs, t.ApprovalRateBelow, t.MinRatings, t.DislikeStreak).Reached(tally);
        var next = await store.NextRoundAsync(Token);
        logger.LogInformation(
            "Feedback check: {Feedback} new ({Pairs} pairs, {Likes} likes, {Dislikes} dislikes), "
            + "served {Adapter}: {Verdict}",
            tally.Feedback, tally.Pairs, tally.Likes, tally.Dislikes, served, reasons.Count == 0
                ? "no threshold reached" : string.Join("; ", reasons));
        return new FeedbackCheck(
            reasons.Count > 0, reasons, served, tally.Feedback, tally.Pairs, tally.Likes, tally.Dislikes,
            tally.ServedRatings, tally.ApprovalRate,
            tally.Streaks.Take(10).Select(s => new TagStreak(s.Tag, s.Dislikes)).ToList(), next);
    }

    [Activity(RetrainingNames.BuildDatasetActivity)]
    public async Task<FeedbackDatasetOutput> BuildDatasetAsync(BuildFeedbackDatasetInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var datasetDir = Path.Combine(root.Resolved(input.DataDir), input.DatasetName);
        var cutoff = await store.CutoffAsync(Token);
        IAsyncEnumerable<FeedbackRow> rows = cutoff is null ? AsyncEnumerable.Empty<FeedbackRow>()
            : store.ReadAllAsync(cutoff, Token);
        var output =
            await new FeedbackDatasetWriter(new FeedbackSampleBuilder()).WriteAsync(rows, input, datasetDir,
                n => CurrentActivity.Heartbeat(n), Token);
        var repository = new DatasetRepository(datasetDir);
        var snapshot =
            await repository.SnapshotAsync(
                $"{RetrainingNames.WorkflowId} round {input.Round}: {output.FeedbackIn} feedback rows", null, Token);
        await new VersionSync(repository, remotes.Create(datasetDir)).PushAsync(snapshot.Manifest.Id, null, Token);
        var marked = cutoff is null ? 0
            : await store.MarkSeenAsync(input.Round, input.DatasetName, cutoff, output.FeedbackIn,
                clock.GetUtcNow().UtcDateTime, Token);
        logger.LogInformation(
            "Round {Round} dataset {Dir}: {In} feedback rows -> {Pairs} pairs, {Samples} liked samples, "
            + "{Removed} removed, {Ratings} ratings only; mode {Mode}{Why}",
            input.Round, datasetDir, output.FeedbackIn, output.Pairs, output.Supervised, output.Removed,
            output.RatingsOnly, output.Mode,
            output.Why is null ? string.Empty : $" ({output.Why})");
        return output with
        {
            SnapshotId = snapshot.Manifest.Id,
            Marked = marked,
            DatasetDir = root.Locate(output.DatasetDir),
            TrainFolder = root.LocateOptional(output.TrainFolder),
            RemovedPath = root.Locate(output.RemovedPath),
            EvaluationPath = root.Locate(output.EvaluationPath),
        };
    }

    [Activity(RetrainingNames.RollbackActivity)]
    public Task<RollbackModelOutput> RollbackAsync(RollbackModelInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (changed, promoted) = new ModelRegistry(root.Resolved(input.ArtifactRoot)).Withdraw(input.From);
        var now = promoted ?? "the base model";
        var detail = changed
            ? $"'{input.From}' withdrawn ({input.Reason}); {now} is served again"
            : $"'{input.From}' is not the promoted entry any more; {now} is promoted (nothing changed)";
        logger.LogWarning("Rollback: {Detail}", detail);
        return Task.FromResult(new RollbackModelOutput(changed, promoted, detail));
    }
}
