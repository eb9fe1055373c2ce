using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Workflows.Tests.Support;

namespace PantryPilot.Workflows.Tests.RecipeModel;

/// <summary>The history a server records for one RecipeModelWorkflow run, with plausible activity results. Activity
/// type names are spelled out (not taken from the contracts' constants) on purpose: renaming a pinned activity must
/// break these histories, as it would break running workflows.</summary>
public sealed class RecipeModelHistory
{
    public const string Name = "ds1";
    public const string WorkflowId = "recipe-model-ds1";

    public RecipeModelHistory(RecipeModelInput input)
    {
        Input = input;
        Run = RecipeModelRun.From(input, input.DatasetName ?? Name);
        Builder = new HistoryBuilder("RecipeModel", input).WorkflowTask();
    }

    public HistoryBuilder Builder { get; }

    public RecipeModelInput Input { get; }

    /// <summary>The pinned activity type the history's batches carry (the inference-pool teacher's batches run as
    /// RecipeModel.GenerateBatchOnPool on the pool's task queue).</summary>
    public string BatchActivity { get; init; } = "RecipeModel.GenerateBatch";

    public RecipeModelRun Run { get; }

    /// <summary>250 samples in batches of 100, two at a time: waves [0, 1] and [2].</summary>
    public static RecipeModelInput DefaultInput(int samples = 250) =>
        new("/data/recipe-model", Name, SampleCount: samples, BatchSize: 100, MaxParallelBatches: 2);

    public static GenerateBatchOutput BatchResult(int index, int count, bool skipped = false) =>
        new(index, $"/data/recipe-model/ds1/raw/batches/batch-{index:D5}.jsonl", count, count - 1, skipped,
            new Dictionary<string, int> { ["vegetarian"] = count / 2, ["none"] = count - 1 - (count / 2) },
            new Dictionary<string, int> { ["truncated"] = 1 });

    /// <summary>Schedules a wave of batches in the current workflow task and completes them.</summary>
    public RecipeModelHistory Wave(params (int Index, int Count, bool Skipped)[] batches)
    {
        var ids = batches.Select(_ => Builder.ScheduleActivity(BatchActivity)).ToArray();
        for (var i = 0; i < ids.Length; i++)
        {
            Builder.CompleteActivity(ids[i], BatchResult(batches[i].Index, batches[i].Count, batches[i].Skipped));
        }

        Builder.WorkflowTask();
        return this;
    }

    public RecipeModelHistory Generate(bool skippedFirstWave = false) =>
        Wave((0, 100, skippedFirstWave), (1, 100, skippedFirstWave)).Wave((2, 50, false));

    public RecipeModelHistory One(string activityType, object result)
    {
        var id = Builder.ScheduleActivity(activityType);
        Builder.CompleteActivity(id, result);
        Builder.WorkflowTask();
        return this;
    }

    public RecipeModelHistory Snapshot(string id) => One("RecipeModel.SnapshotDataset", new SnapshotDatasetOutput(id, 3, 3));

    public static FilterDatasetOutput FilterResult(long samplesIn, long kept) =>
        new("/d/kept.jsonl", "/d/removed.jsonl", "/d/stats.csv", "/d/filter.html", "/d/filter.png", samplesIn, kept, samplesIn - kept, 40,
            [new TagFilterStats("vegetarian", 124, kept / 2, 124 - (kept / 2), true)],
            new Dictionary<string, long> { ["selected-violates-diet"] = samplesIn - kept });

    public RecipeModelHistory Filter(long kept = 200) => One("RecipeModel.Filter", FilterResult(247, kept));

    public static SplitDatasetOutput SplitResult() =>
        new("/d/split", "/d/split/train.jsonl", "/d/split/valid.jsonl", null, 180, 20, 0, new Dictionary<string, long> { ["vegetarian"] = 10, ["none"] = 10 });

    public RecipeModelHistory Split() => One("RecipeModel.Split", SplitResult());

    public static RecipeModelHistory HappyPath()
    {
        var h = new RecipeModelHistory(DefaultInput()).Generate().Snapshot("raw-snap").Filter().Split().Snapshot("dataset-snap");
        h.Builder.WorkflowCompleted(null);
        return h;
    }
}
