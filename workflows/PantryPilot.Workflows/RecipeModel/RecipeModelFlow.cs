using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Workflows.DataPipeline;
using Temporalio.Exceptions;
using static PantryPilot.Workflows.RecipeModel.RecipeModelStages;

namespace PantryPilot.Workflows.RecipeModel;

/// <summary>The recipe-model flow as a business process: dataset-generate (batches fanned out, bounded) → filter →
/// split → version. Deterministic: it only orchestrates through <see cref="IStageRunner"/>, so the Temporal workflow
/// and the in-process run share it. Part 2 continues after <see cref="RunDatasetAsync"/> with the split's
/// output.</summary>
/// <param name="release">The workflow release whose behaviour to keep (a run that started under release 1 replays with
/// it); the in-process run always takes the latest. Release 2 validates payload and evaluation bounds at the start,
/// runs batches and shards in a sliding window that a failure cancels, checks for a trainer host before training, and
/// has shards write their verdicts to files.</param>
public sealed class RecipeModelFlow(
    IStageRunner runner,
    Action<RecipeModelProgress>? onProgress = null,
    IApprovalGate? approvals = null,
    int release = RecipeModelFlow.LatestRelease)
{
    public const int LatestRelease = 2;

    private RecipeModelProgress progress = RecipeModelProgress.Start(string.Empty, Order.Select(s => s.Name));

    public RecipeModelProgress Progress => progress;

    public async Task<RecipeModelOutput> RunAsync(RecipeModelRun run)
    {
        var errors = release >= 2 ? run.Input.Validate() : run.Input.ValidateDataset();
        if (errors.Count > 0)
        {
            throw new ApplicationFailureException(
                $"Invalid recipe-model input: {string.Join("; ", errors)}",
                RecipeModelFailures.InvalidInput,
                nonRetryable: true);
        }

        progress = RecipeModelProgress.Start(run.RunId, Order.Select(s => s.Name));
        Report();
        // A prebuilt dataset (the retraining coordinator's, from household feedback) skips part 1. Only runs that carry
        // one take this path, so the commands of every other run, and their histories, are unchanged.
        var dataset = run.Input.Dataset is { } prebuilt ? Prebuilt(run, prebuilt) : await RunDatasetAsync(run);
        if (run.Input.Training?.Enabled != true && run.Input.Evaluation?.Enabled != true)
        {
            return dataset;
        }

        // Part 2: train → checkpoint-evaluate → promote on the versioned split (lineage: the dataset snapshot id).
        var model = await new ModelTrainingFlow(runner, approvals ?? new PresetApprovalGate(null), SetStage, release)
            .RunAsync(run, dataset.DatasetSnapshotId, dataset.Split);
        return dataset with { Model = model };
    }

    /// <summary>Part 1's output for a dataset built and versioned elsewhere: nothing generated, filtered or split
    /// here; training reads its folder and every checkpoint records its snapshot id.</summary>
    private RecipeModelOutput Prebuilt(RecipeModelRun run, PrebuiltDataset prebuilt)
    {
        var detail = $"prebuilt {prebuilt.Mode} dataset {prebuilt.Folder} (snapshot {prebuilt.SnapshotId})";
        foreach (var stage in new[] { Generate, Filter, Split, VersionDataset })
        {
            SetStage(new(stage.Name, RecipeStageState.Skipped, Detail: detail));
        }

        var samples = prebuilt.Train + prebuilt.Valid;
        var filter = new FilterDatasetOutput(
            string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, samples, samples, 0, 0, [],
            new Dictionary<string, long>());
        var split = new SplitDatasetOutput(
            prebuilt.Folder,
            Path.Combine(prebuilt.Folder, "train.jsonl"),
            Path.Combine(prebuilt.Folder, "valid.jsonl"),
            null,
            prebuilt.Train,
            prebuilt.Valid,
            0,
            new Dictionary<string, long>());
        return new RecipeModelOutput(
            run.RunId, run.DatasetName, run.DatasetDir, prebuilt.SnapshotId, prebuilt.SnapshotId, 0, 0, 0,
            new Dictionary<string, int>(), new Dictionary<string, int>(), filter, split);
    }

    /// <summary>dataset-generate → filter → split, each versioned.</summary>
    private async Task<RecipeModelOutput> RunDatasetAsync(RecipeModelRun run)
    {
        var batches = Plan(run.Input.SampleCount, run.Input.BatchSize);
        progress = progress with { BatchesTotal = batches.Count };
        var generated = await StageAsync(
            Generate, () => release >= 2 ? GenerateSlidingAsync(run, batches) : GenerateInWavesAsync(run, batches));
        var written = generated.Sum(o => o.Written);
        var skipped = generated.Count(o => o.Skipped);
        SetStage(new(
            Generate.Name,
            RecipeStageState.Completed,
            run.Input.SampleCount,
            written,
            run.Input.SampleCount - written,
            $"{generated.Count} batches ({skipped} already written), "
            + $"{run.Input.SampleCount - written} teacher answers rejected"));

        var rawSnapshot = await runner.RunAsync(
            VersionDataset,
            (IRecipeDatasetActivities a) => a.SnapshotAsync(new(run, $"{run.RunId}: {written} generated samples")),
            "snapshot generated samples");

        var filtered = await StageAsync(
            Filter,
            () => runner.RunAsync(
                Filter,
                (IRecipeDatasetActivities a) => a.FilterAsync(new(run, generated.Select(g => g.Path).ToArray())),
                $"filter {written} samples"));
        SetStage(new(
            Filter.Name,
            RecipeStageState.Completed,
            filtered.SamplesIn,
            filtered.Kept,
            filtered.Removed,
            $"{filtered.PromptsRebuilt} prompts rebuilt through the pre-filter"));
        if (filtered.Kept == 0)
        {
            SetStage(new(
                Filter.Name,
                RecipeStageState.Failed,
                filtered.SamplesIn,
                0,
                filtered.Removed,
                "every sample removed"));
            var reasons = string.Join(
                ", ",
                filtered.RemovedByReason.OrderByDescending(r => r.Value).Take(5).Select(r => $"{r.Key} {r.Value}"));
            throw new ApplicationFailureException(
                $"The filter removed every one of {filtered.SamplesIn} samples ({reasons}); nothing to split or train "
                + $"on. See {filtered.ReportHtmlPath}",
                RecipeModelFailures.NothingKept,
                nonRetryable: true);
        }

        var split = await StageAsync(
            Split,
            () => runner.RunAsync(
                Split,
                (IRecipeDatasetActivities a) => a.SplitAsync(new(run, filtered.KeptPath)),
                $"split {filtered.Kept} samples"));
        SetStage(new(
            Split.Name,
            RecipeStageState.Completed,
            filtered.Kept,
            split.Train + split.Valid + split.Test,
            0,
            $"{split.Train} train / {split.Valid} valid / {split.Test} test"));

        var snapshot = await StageAsync(
            VersionDataset,
            () => runner.RunAsync(
                VersionDataset,
                (IRecipeDatasetActivities a) => a.SnapshotAsync(new(run, $"{run.RunId}: filtered and split dataset")),
                "snapshot dataset"));
        SetStage(new(VersionDataset.Name, RecipeStageState.Completed, Detail: $"snapshot {snapshot.SnapshotId}"));

        return new RecipeModelOutput(
            run.RunId,
            run.DatasetName,
            run.DatasetDir,
            rawSnapshot.SnapshotId,
            snapshot.SnapshotId,
            run.Input.SampleCount,
            written,
            skipped,
            Sum(generated.Select(g => g.WrittenByTag)),
            Sum(generated.Select(g => g.Rejected)),
            filtered,
            split);
    }

    /// <summary>Release 2: at most MaxParallelBatches at once, the next batch as soon as any finishes (a slow batch
    /// holds up no other); a batch that fails for good cancels the rest.</summary>
    private async Task<IReadOnlyList<GenerateBatchOutput>> GenerateSlidingAsync(
        RecipeModelRun run, IReadOnlyList<(int Index, int Start, int Count)> batches)
    {
        var done = new List<GenerateBatchOutput>();
        return await runner.RunAllAsync(batches, run.Input.MaxParallelBatches, async (b, ct) =>
        {
            var output = await GenerateBatchAsync(run, new(run, b.Index, b.Start, b.Count), ct);

            // In a workflow continuations run one at a time; the in-process runner resumes them on the thread pool,
            // where two batches finishing together would add to the list while the other sums it.
            lock (done)
            {
                done.Add(output);
                progress = progress with { BatchesDone = done.Count };
                SetStage(BatchesProgress(done, batches.Count));
            }

            return output;
        });
    }

    /// <summary>Release 1: waves of at most MaxParallelBatches, each waiting for its slowest batch.</summary>
    private async Task<IReadOnlyList<GenerateBatchOutput>> GenerateInWavesAsync(
        RecipeModelRun run, IReadOnlyList<(int Index, int Start, int Count)> batches)
    {
        var outputs = new List<GenerateBatchOutput>();
        foreach (var wave in batches.Chunk(run.Input.MaxParallelBatches))
        {
            var done = await runner.WhenAllAsync(
                wave.Select(b => GenerateBatchAsync(run, new(run, b.Index, b.Start, b.Count), CancellationToken.None)));
            outputs.AddRange(done);
            progress = progress with { BatchesDone = outputs.Count };
            SetStage(BatchesProgress(outputs, batches.Count));
        }

        return outputs;
    }

    private static RecipeStageProgress BatchesProgress(IReadOnlyCollection<GenerateBatchOutput> done, int batches) =>
        new(Generate.Name, RecipeStageState.Running, done.Sum(o => o.Requested), done.Sum(o => o.Written),
            Detail: $"{done.Count}/{batches} batches");

    /// <summary>One batch: on the inference pool's task queue when its model is the teacher (the pool hosts the model),
    /// here otherwise. Only a run that asks for the pool takes the new path, so histories of the others are
    /// unchanged.</summary>
    private Task<GenerateBatchOutput> GenerateBatchAsync(
        RecipeModelRun run, GenerateBatchInput batch, CancellationToken cancellationToken)
    {
        var summary = $"generate batch {batch.BatchIndex} (samples {batch.Start}-{batch.Start + batch.Count - 1})";
        return run.Teacher.Kind == TeacherKind.InferencePool
            ? runner.RunAsync(
                GenerateOnPool,
                (IInferencePoolTeacherActivities a) => a.GenerateBatchAsync(batch),
                summary + " on the inference pool",
                cancellationToken)
            : runner.RunAsync(
                Generate, (IRecipeDatasetActivities a) => a.GenerateBatchAsync(batch), summary, cancellationToken);
    }

    /// <summary>Batches of the run: [start, start + count) over the sample indices, in order.</summary>
    public static IReadOnlyList<(int Index, int Start, int Count)> Plan(int samples, int batchSize) =>
        Enumerable.Range(0, (samples + batchSize - 1) / batchSize)
            .Select(i => (i, i * batchSize, Math.Min(batchSize, samples - (i * batchSize))))
            .ToArray();

    private static Dictionary<string, int> Sum(IEnumerable<IReadOnlyDictionary<string, int>> counts)
    {
        var total = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, value) in counts.SelectMany(c => c))
        {
            total[key] = total.GetValueOrDefault(key) + value;
        }

        return new Dictionary<string, int>(total, StringComparer.Ordinal);
    }

    private async Task<T> StageAsync<T>(StageSpec stage, Func<Task<T>> run)
    {
        SetStage(new(stage.Name, RecipeStageState.Running));
        try
        {
            return await run();
        }
        catch
        {
            SetStage(new(stage.Name, RecipeStageState.Failed));
            throw;
        }
    }

    private void SetStage(RecipeStageProgress stage)
    {
        progress = progress.With(stage);
        Report();
    }

    private void Report() => onProgress?.Invoke(progress);
}
