using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Workflows.Tests.Support;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Tests.RecipeModel;

/// <summary>Histories of RecipeModelWorkflow runs with part 2 (train → checkpoint-evaluate → promote) after the data
/// half. Activity type names are spelled out on purpose: renaming a pinned activity must break these histories. Each
/// activity carries the input the workflow sends, written out here from the run and the results recorded so far.</summary>
public sealed class ModelTrainingHistory
{
    public const string Snapshot = "dataset-snap";

    private const string RequestsPath = "/e/evaluation-requests.jsonl";

    private CompareCheckpointsOutput? comparison;

    /// <param name="release">The workflow release that recorded it (2: today's).</param>
    public ModelTrainingHistory(RecipeModelInput input, int release = 2)
    {
        Data = new RecipeModelHistory(input, release).Generate().Snapshot("raw-snap").Filter().Split().Snapshot(Snapshot);
    }

    public int Release => Data.Release;

    /// <summary>Where release 2's shards write their verdicts.</summary>
    public string VerdictsDir => $"{EvaluationDir}/verdicts";

    /// <summary>The host that answers release 2's trainer check in these histories.</summary>
    public static TrainerCheckOutput TrainerHost { get; } = new(true, "gpu-1", "mlx-lm");

    public RecipeModelHistory Data { get; }

    public Support.HistoryBuilder Builder => Data.Builder;

    public RecipeModelRun Run => Data.Run;

    /// <summary>Where the evaluation files of the run go: models/&lt;run id&gt;/evaluation under the data folder.</summary>
    public string EvaluationDir => $"{Run.Input.DataDir}/models/{Run.RunId}/evaluation";

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

    /// <summary>The train activity's input: the split of this run, its snapshot, the run's LoRA settings.</summary>
    public TrainInput TrainInput()
    {
        var training = Run.Input.Training ?? new();
        var split = Data.SplitOutput!;
        return new(Run.RunId, Run.Input.DataDir, split.Folder, Snapshot, (int)split.Train, training.Lora ?? new LoraSettings(), training.Iterations);
    }

    /// <summary>The train activity as the workflow schedules it (options: the table's, or release 1's with its queue
    /// timeout as schedule-to-start, unless given).</summary>
    public long ScheduleTrain(ActivityOptions? options = null) =>
        Builder.ScheduleActivity("train", TrainInput(), options: options ?? (Release >= 2 ? null : ExpectedActivityOptions.TrainV1(TrainingNames.DefaultQueueTimeout)));

    /// <summary>Release 2's trainer check, answered by <see cref="TrainerHost"/>, in its own workflow task.</summary>
    public ModelTrainingHistory CheckTrainer() => One("recipe-model.check-trainer", new TrainerCheckInput(Run.RunId), TrainerHost);

    /// <summary>Release 2's trainer check as scheduled (not yet answered).</summary>
    public long ScheduleTrainerCheck() => Builder.ScheduleActivity("recipe-model.check-trainer", new TrainerCheckInput(Run.RunId));

    /// <summary>The train stage: release 2 checks for a trainer host first.</summary>
    public ModelTrainingHistory Train(TrainOutput output)
    {
        if (Release >= 2)
        {
            CheckTrainer();
        }

        var id = ScheduleTrain();
        Builder.CompleteActivity(id, output);
        Builder.WorkflowTask();
        return this;
    }

    /// <summary>prepare-evaluation-set, the shards in waves of four, then compare-checkpoints.</summary>
    public ModelTrainingHistory Evaluate(TrainOutput trained, string? best, int retriedShard = -1)
    {
        var evaluation = Run.Input.Evaluation!;
        One("prepare-evaluation-set", new PrepareEvaluationSetInput(Run.RunId, evaluation.RequestsFile ?? Data.SplitOutput!.ValidPath, EvaluationDir, evaluation.Samples),
            new PrepareEvaluationSetOutput(RequestsPath, 20, new Dictionary<string, int>()));
        var shards = Candidates(trained).SelectMany(c => new[] { (c, 0), (c, 10) }).ToList();
        var outputs = new List<EvaluateCheckpointOutput>();
        var index = 0;
        foreach (var wave in shards.Chunk(4))
        {
            var ids = wave.Select(s => Builder.ScheduleActivity("evaluate-checkpoint", ShardInput(s.c, s.Item2))).ToArray();
            for (var i = 0; i < ids.Length; i++, index++)
            {
                if (index == retriedShard)
                {
                    Builder.StartActivityRetried(ids[i], 2, "worker lost: heartbeat timeout", "TimeoutError");
                }

                var shard = Release >= 2 ? ShardWritten(wave[i].c, wave[i].Item2) : Shard(wave[i].c, wave[i].Item2);
                outputs.Add(shard);
                Builder.CompleteActivity(ids[i], shard);
            }

            Builder.WorkflowTask();
        }

        comparison = Comparison(Candidates(trained), best);
        var compare = Release >= 2
            ? new CompareCheckpointsInput(Run.RunId, EvaluationDir, [], Candidates(trained), VerdictsDir, 20, 10)
            : new CompareCheckpointsInput(Run.RunId, EvaluationDir, outputs);
        return One("compare-checkpoints", compare, comparison);
    }

    /// <summary>A shard's input: release 2 names the folder its verdicts go to.</summary>
    public EvaluateCheckpointInput ShardInput(EvaluationCandidate candidate, int offset) =>
        new(Run.RunId, candidate, RequestsPath, offset, 10, Run.Input.Evaluation!.MaxTokens, Release >= 2 ? VerdictsDir : null);

    /// <summary>What a release-2 shard returns: where its verdicts are, none inline.</summary>
    public EvaluateCheckpointOutput ShardWritten(EvaluationCandidate candidate, int offset) =>
        new(candidate, [], 1, null, $"{VerdictsDir}/{candidate.Name}/{offset:D7}.json");

    /// <summary>The registry entry the workflow promotes: the best candidate's adapter and figures (raw compliance,
    /// parse rate, samples, served compliance, val loss, per-tag raw compliance), with the approver when one was asked.</summary>
    public PromoteInput PromoteInput(string id, string? approvedBy = null)
    {
        var best = comparison?.Candidates.FirstOrDefault(c => id.EndsWith("/" + c.Candidate.Name, StringComparison.Ordinal));
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        if (best is not null)
        {
            metrics["raw_compliance"] = best.Overall.RawCompliance;
            metrics["parse_rate"] = best.Overall.ParseRate;
            metrics["samples"] = best.Overall.Samples;
            if (best.Overall.ServedCompliance is { } served)
            {
                metrics["served_compliance"] = served;
            }

            if (best.Candidate.ValLoss is { } val)
            {
                metrics["val_loss"] = val;
            }
        }

        return new(Run.Input.DataDir, new ModelRegistryEntry(id, Run.DatasetName, best?.Candidate.AdapterPath, Snapshot, metrics, default, approvedBy));
    }

    public ModelTrainingHistory Promote(string id, string? approvedBy = null) =>
        One("promote-model", PromoteInput(id, approvedBy), new PromoteOutput(id, null, "/data/recipe-model/models/registry.json"));

    public ModelTrainingHistory One(string type, object? input, object result)
    {
        Data.One(type, input, result);
        return this;
    }
}
