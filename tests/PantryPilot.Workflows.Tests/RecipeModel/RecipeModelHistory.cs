using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Workflows.Tests.Support;

namespace PantryPilot.Workflows.Tests.RecipeModel;

/// <summary>The history a server records for one RecipeModelWorkflow run, with plausible activity results. Activity
/// type names are spelled out (not taken from the contracts' constants) on purpose: renaming a pinned activity must
/// break these histories, as it would break running workflows. Each activity carries the input the workflow sends,
/// written out from the run and the results recorded so far (batch paths, kept file, split folder).</summary>
public sealed class RecipeModelHistory
{
    public const string Name = "ds1";
    public const string WorkflowId = "recipe-model-ds1";

    private readonly List<GenerateBatchOutput> generated = [];

    /// <param name="release">The workflow release that recorded it: 2 (today's) starts with the release's patch marker.</param>
    public RecipeModelHistory(RecipeModelInput input, int release = 2)
    {
        Input = input;
        Release = release;
        // Without a name the workflow names the dataset by its start day: the builder's clock starts on 2026-03-01.
        Run = RecipeModelRun.From(input, input.DatasetName ?? "2026-03-01");
        Builder = new HistoryBuilder("RecipeModel", input).WorkflowTask();
        if (release >= 2)
        {
            Builder.Patched("recipe-model.release-2");
        }
    }

    public int Release { get; }

    public HistoryBuilder Builder { get; }

    public RecipeModelInput Input { get; }

    /// <summary>The pinned activity type the history's batches carry (the inference-pool teacher's batches run as
    /// RecipeModel.GenerateBatchOnPool on the pool's task queue).</summary>
    public string BatchActivity { get; init; } = "RecipeModel.GenerateBatch";

    public RecipeModelRun Run { get; }

    /// <summary>The filter's result once recorded (the split reads its kept file).</summary>
    public FilterDatasetOutput? Filtered { get; private set; }

    /// <summary>The split's result once recorded (training reads its folder).</summary>
    public SplitDatasetOutput? SplitOutput { get; private set; }

    /// <summary>250 samples in batches of 100, two at a time: waves [0, 1] and [2].</summary>
    public static RecipeModelInput DefaultInput(int samples = 250) =>
        new("/data/recipe-model", Name, SampleCount: samples, BatchSize: 100, MaxParallelBatches: 2);

    public static GenerateBatchOutput BatchResult(int index, int count, bool skipped = false) =>
        new(index, $"/data/recipe-model/ds1/raw/batches/batch-{index:D5}.jsonl", count, count - 1, skipped,
            new Dictionary<string, int> { ["vegetarian"] = count / 2, ["none"] = count - 1 - (count / 2) },
            new Dictionary<string, int> { ["truncated"] = 1 });

    /// <summary>Batch <paramref name="index"/> of <paramref name="count"/> samples, as the workflow schedules it.</summary>
    public long ScheduleBatch(int index, int count) =>
        Builder.ScheduleActivity(BatchActivity, new GenerateBatchInput(Run, index, index * Input.BatchSize, count));

    /// <summary>Schedules a wave of batches in the current workflow task and completes them.</summary>
    public RecipeModelHistory Wave(params (int Index, int Count, bool Skipped)[] batches)
    {
        var ids = batches.Select(b => ScheduleBatch(b.Index, b.Count)).ToArray();
        for (var i = 0; i < ids.Length; i++)
        {
            var result = BatchResult(batches[i].Index, batches[i].Count, batches[i].Skipped);
            generated.Add(result);
            Builder.CompleteActivity(ids[i], result);
        }

        Builder.WorkflowTask();
        return this;
    }

    /// <summary>Records that batches completed outside <see cref="Wave"/> (a test that builds the wave by hand).</summary>
    public RecipeModelHistory Generated(params GenerateBatchOutput[] outputs)
    {
        generated.AddRange(outputs);
        return this;
    }

    public RecipeModelHistory Generate(bool skippedFirstWave = false) =>
        Wave((0, 100, skippedFirstWave), (1, 100, skippedFirstWave)).Wave((2, 50, false));

    /// <summary>One activity in its own workflow task: scheduled with <paramref name="input"/>, completed.</summary>
    public RecipeModelHistory One(string activityType, object? input, object result)
    {
        var id = Builder.ScheduleActivity(activityType, input);
        Builder.CompleteActivity(id, result);
        Builder.WorkflowTask();
        return this;
    }

    /// <summary>The dataset snapshot: of the generated samples before the filter, of the split after it.</summary>
    public RecipeModelHistory Snapshot(string id)
    {
        var message = SplitOutput is null
            ? $"{Run.RunId}: {generated.Sum(g => g.Written)} generated samples"
            : $"{Run.RunId}: filtered and split dataset";
        return One("RecipeModel.SnapshotDataset", new SnapshotDatasetInput(Run, message), new SnapshotDatasetOutput(id, 3, 3));
    }

    public static FilterDatasetOutput FilterResult(long samplesIn, long kept) =>
        new("/d/kept.jsonl", "/d/removed.jsonl", "/d/stats.csv", "/d/filter.html", "/d/filter.png", samplesIn, kept, samplesIn - kept, 40,
            [new TagFilterStats("vegetarian", 124, kept / 2, 124 - (kept / 2), true)],
            new Dictionary<string, long> { ["selected-violates-diet"] = samplesIn - kept });

    public RecipeModelHistory Filter(long kept = 200)
    {
        Filtered = FilterResult(247, kept);
        return One("RecipeModel.Filter", new FilterDatasetInput(Run, generated.Select(g => g.Path).ToArray()), Filtered);
    }

    public static SplitDatasetOutput SplitResult() =>
        new("/d/split", "/d/split/train.jsonl", "/d/split/valid.jsonl", null, 180, 20, 0, new Dictionary<string, long> { ["vegetarian"] = 10, ["none"] = 10 });

    public RecipeModelHistory Split()
    {
        var input = new SplitDatasetInput(Run, Filtered?.KeptPath ?? "/d/kept.jsonl");
        SplitOutput = SplitResult();
        return One("RecipeModel.Split", input, SplitOutput);
    }

    public static RecipeModelHistory HappyPath(int release = 2)
    {
        var h = new RecipeModelHistory(DefaultInput(), release).Generate().Snapshot("raw-snap").Filter().Split().Snapshot("dataset-snap");
        h.Builder.WorkflowCompleted(null);
        return h;
    }
}
