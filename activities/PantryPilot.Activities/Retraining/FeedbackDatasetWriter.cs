using System.Text.Json;
using PantryPilot.Contracts.Retraining;
using PantryPilot.Domain.RecipeModel;
using PantryPilot.Domain.Retraining;

namespace PantryPilot.Activities.Retraining;

/// <summary>Writes a round's dataset from the feedback rows as they stream by: supervised samples (mlx-lm's chat
/// layout) and preference pairs (mlx-lm-lora's prompt/chosen/rejected layout), each split into train.jsonl and
/// valid.jsonl; every removed row with its reason and the row as stored; a lineage line per sample; the evaluation
/// requests. Rows in = samples + pairs + removed + ratings that are no sample, counted.</summary>
public sealed class FeedbackDatasetWriter(FeedbackSampleBuilder builder)
{
    public async Task<FeedbackDatasetOutput> WriteAsync(
        IAsyncEnumerable<FeedbackRow> rows, BuildFeedbackDatasetInput input, string datasetDir, Action<long>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(input);
        var paths = new FeedbackDatasetPaths(datasetDir);
        var removedByReason = new SortedDictionary<string, long>(StringComparer.Ordinal);
        long rowsIn = 0, ratingsOnly = 0, removedCount = 0;
        await using var lineage = new JsonLinesFile(paths.Lineage);
        await using var removed = new JsonLinesFile(paths.Removed);
        await using var evaluation = new JsonLinesFile(paths.Evaluation);
        await using var pairs = new SplitFiles(paths.Preference, "preference", lineage);
        await using var supervised = new SplitFiles(paths.Supervised, "supervised", lineage);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            rowsIn++;
            var sample = builder.Decide(row);
            var origin =
                new LineageLine(string.Empty, row.HouseholdId, row.RequestId, row.RecipeRequestId, row.Verdict,
                    row.Adapter, row.RejectedAdapter);
            var toValid = FeedbackSplit.IsValid(input.Seed, row.Id, input.ValidShare);
            switch (sample.Kind)
            {
                case FeedbackSampleKind.RatingOnly:
                    ratingsOnly++;
                    break;
                case FeedbackSampleKind.Removed:
                    removedCount++;
                    removedByReason[sample.ReasonCode!] = removedByReason.GetValueOrDefault(sample.ReasonCode!) + 1;
                    removed.WriteLine(
                        JsonSerializer.Serialize(new RemovedFeedbackLine(sample.ReasonCode!, sample.Reason!, row),
                            RetrainingJson.Files.RemovedFeedbackLine));
                    break;
                case FeedbackSampleKind.Supervised:
                    supervised.Add(Chat(sample), origin, toValid);
                    evaluation.WriteLine(Chat(sample));
                    break;
                case FeedbackSampleKind.Pair:
                    var line =
                        new PreferenceLine(sample.Prompt!.System, sample.Prompt.User, sample.Chosen!, sample.Rejected!);
                    pairs.Add(JsonSerializer.Serialize(line, RetrainingJson.Files.PreferenceLine), origin, toValid);
                    evaluation.WriteLine(Chat(sample));
                    break;
            }

            if (rowsIn % 500 == 0)
            {
                progress?.Invoke(rowsIn);
            }
        }

        await pairs.CompleteAsync(cancellationToken);
        await supervised.CompleteAsync(cancellationToken);
        await removed.CommitAsync(cancellationToken);
        await evaluation.CommitAsync(cancellationToken);
        await lineage.CommitAsync(cancellationToken);

        var (mode, folder, why) = Choose(pairs, supervised, input.MinSamples, rowsIn, removedCount, removedByReason);
        return new FeedbackDatasetOutput(
            input.Round, datasetDir, mode, folder, string.Empty, rowsIn,
            supervised.Train, supervised.Valid, pairs.Train, pairs.Valid, ratingsOnly, removedCount,
            new Dictionary<string, long>(removedByReason, StringComparer.Ordinal), paths.Removed, paths.Evaluation,
            evaluation.Lines, 0, why);
    }

    /// <summary>Pairs when there are enough (they carry the households' choices), else liked recipes, else
    /// nothing.</summary>
    private static (FeedbackTrainingMode, string?, string?) Choose(
        SplitFiles pairs, SplitFiles supervised, int minSamples, long rowsIn, long removed,
        IReadOnlyDictionary<string, long> reasons)
    {
        if (pairs.Train + pairs.Valid >= minSamples)
        {
            return (FeedbackTrainingMode.Preference, pairs.Folder, null);
        }

        if (supervised.Train + supervised.Valid >= minSamples)
        {
            return (FeedbackTrainingMode.Supervised, supervised.Folder, null);
        }

        var top = string.Join(", ", reasons.OrderByDescending(r => r.Value).Take(5).Select(r => $"{r.Key} {r.Value}"));
        var why = rowsIn > 0 && removed == rowsIn
            ? $"every one of {rowsIn} feedback rows was filtered out ({top})"
            : $"too few samples to train on: {pairs.Train + pairs.Valid} preference pairs and "
                + $"{supervised.Train + supervised.Valid} liked recipes kept of {rowsIn} feedback rows "
                + $"(at least {minSamples} of one kind needed){(removed > 0 ? $"; removed: {top}" : string.Empty)}";
        return (FeedbackTrainingMode.None, null, why);
    }

    private static string Chat(FeedbackSample sample) => JsonSerializer.Serialize(
        new ChatLine(
            [new("system", sample.Prompt!.System), new("user", sample.Prompt.User), new("assistant", sample.Chosen!)]),
        RecipeModelJson.Files.ChatLine);
}
