using PantryPilot.Contracts.RecipeModel;

namespace PantryPilot.Workflows.Tests.RecipeModel;

/// <summary>Histories of RecipeModelWorkflow runs with part 2 (train → checkpoint-evaluate → promote) after the data
/// half. Activity type names are spelled out on purpose: renaming a pinned activity must break these histories.</summary>
public sealed class ModelTrainingHistory
{
    public const string Snapshot = "dataset-snap";

    public ModelTrainingHistory(RecipeModelInput input)
    {
        Data = new RecipeModelHistory(input).Generate().Snapshot("raw-snap").Filter().Split().Snapshot(Snapshot);
    }

    public RecipeModelHistory Data { get; }

    public Support.HistoryBuilder Builder => Data.Builder;

    /// <summary>Train + evaluate 20 samples in shards of 10, four at a time; promotion as given.</summary>
    public static RecipeModelInput Input(bool train = true, PromotionSettings? promotion = null) =>
        RecipeModelHistory.DefaultInput() with
        {
            Training = new TrainingOptions(train),
            Evaluation = new EvaluationOptions(true, Samples: 20, ShardSize: 10, MaxParallel: 4, MaxTokens: 64),
            Promotion = promotion ?? new PromotionSettings(true),
        };

    public static CheckpointRecord Checkpoint(int iteration, double val) =>
        new(iteration, val, val - 0.1, Snapshot, $"/data/recipe-model/models/recipe-model-ds1/checkpoints/{iteration:D7}_adapters.safetensors", "abc", $"/data/recipe-model/models/recipe-model-ds1/checkpoints/{iteration:D7}_adapters.onnx_adapter");

    public static TrainOutput Trained(params TrainingAttempt[] attempts) =>
        new(TrainStatus.Trained, "trained", 1000, 1000, [Checkpoint(500, 1.4), Checkpoint(1000, 1.1)],
            attempts.Length == 0 ? [new TrainingAttempt(1, 0, 1000, 2048, 1, "completed", null)] : attempts,
            new LoraSettings(MaxSeqLength: attempts.LastOrDefault()?.MaxSeqLength ?? 2048), "/m/loss_curve.csv", "/m/loss_curve.png");

    public static TrainOutput NoTrainer() => new(TrainStatus.NoTrainer, "no trainer is configured on this host", 1000, 0, [], [], new LoraSettings(), null, null);

    public static EvaluateCheckpointOutput Shard(EvaluationCandidate candidate, int offset) =>
        new(candidate, [.. Enumerable.Range(offset, 10).Select(i => new SampleVerdict($"s{i}", ["vegetarian"], true, i % 2 == 0, [], true, 0, 10, 8, 400))], 1, null);

    public static IReadOnlyList<EvaluationCandidate> Candidates(TrainOutput trained) =>
        [new("base", null, null, null), .. trained.Checkpoints.Select(c => new EvaluationCandidate($"iter-{c.Iteration:D7}", c.Iteration, c.ValLoss, c.AdapterPath))];

    public static CompareCheckpointsOutput Comparison(IReadOnlyList<EvaluationCandidate> candidates, string? best) =>
        new([.. candidates.Select(c => new CandidateResult(c, new ComplianceFigures("overall", 20, 1, c.Name == best ? 0.9 : 0.5, 20, 1), [], 10, 400, null))],
            best, "/e/checkpoint_comparison.json", "/e/checkpoint_comparison.html", "/e/checkpoint_comparison.png");

    public ModelTrainingHistory Train(TrainOutput output) => One("train", output);

    /// <summary>prepare-evaluation-set, the shards in waves of four, then compare-checkpoints.</summary>
    public ModelTrainingHistory Evaluate(TrainOutput trained, string? best, int retriedShard = -1)
    {
        One("prepare-evaluation-set", new PrepareEvaluationSetOutput("/e/evaluation-requests.jsonl", 20, new Dictionary<string, int>()));
        var shards = Candidates(trained).SelectMany(c => new[] { (c, 0), (c, 10) }).ToList();
        var index = 0;
        foreach (var wave in shards.Chunk(4))
        {
            var ids = wave.Select(_ => Builder.ScheduleActivity("evaluate-checkpoint")).ToArray();
            for (var i = 0; i < ids.Length; i++, index++)
            {
                if (index == retriedShard)
                {
                    Builder.StartActivityRetried(ids[i], 2, "worker lost: heartbeat timeout", "TimeoutError");
                }

                Builder.CompleteActivity(ids[i], Shard(wave[i].c, wave[i].Item2));
            }

            Builder.WorkflowTask();
        }

        return One("compare-checkpoints", Comparison(Candidates(trained), best));
    }

    public ModelTrainingHistory Promote(string id) => One("promote-model", new PromoteOutput(id, null, "/data/recipe-model/models/registry.json"));

    public ModelTrainingHistory One(string type, object result)
    {
        Data.One(type, result);
        return this;
    }
}
