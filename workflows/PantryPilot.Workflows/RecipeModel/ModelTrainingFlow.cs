using System.Globalization;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Workflows.DataPipeline;
using Temporalio.Api.Enums.V1;
using Temporalio.Exceptions;
using static PantryPilot.Workflows.RecipeModel.ModelTrainingStages;

namespace PantryPilot.Workflows.RecipeModel;

/// <summary>Part 2 of the recipe-model flow, after the dataset is split and versioned: train (supervised external
/// trainer) → checkpoint-evaluate (base model + checkpoints fanned out on the inference pool, bounded) → promote (model
/// registry, optionally after a person approves). Deterministic: it only orchestrates through <see
/// cref="IStageRunner"/> and <see cref="IApprovalGate"/>, so the Temporal workflow and the in-process run share
/// it.</summary>
/// <param name="release">The workflow release whose behaviour to keep (<see cref="RecipeModelFlow"/>).</param>
public sealed class ModelTrainingFlow(
    IStageRunner runner,
    IApprovalGate approvals,
    Action<RecipeStageProgress> setStage,
    int release = RecipeModelFlow.LatestRelease)
{
    public async Task<ModelTrainingOutput> RunAsync(
        RecipeModelRun run,
        string datasetSnapshotId,
        SplitDatasetOutput split)
    {
        var training = run.Input.Training ?? new();
        var evaluation = run.Input.Evaluation ?? new();
        var promotion = run.Input.Promotion ?? new(Enabled: false);
        var lora = training.Lora ?? new LoraSettings();
        var modelsDir = Path.Combine(run.Input.DataDir, "models", run.RunId);

        TrainOutput trained;
        if (training.Enabled)
        {
            setStage(new(Train.Name, RecipeStageState.Running, split.Train));
            trained = await Guard(Train.Name, () => release >= 2
                ? CheckThenTrainAsync(run, datasetSnapshotId, split, training, lora)
                : TrainAsync(run, datasetSnapshotId, split, training, lora));
            setStage(trained.Status == TrainStatus.Trained
                ? new(
                    Train.Name,
                    RecipeStageState.Completed,
                    split.Train,
                    trained.Checkpoints.Count,
                    Detail: $"{trained.CompletedIterations} iterations, {trained.Checkpoints.Count} checkpoints, "
                        + $"{trained.Attempts.Count} attempt(s)")
                : new(Train.Name, RecipeStageState.Skipped, Detail: trained.Message));
        }
        else
        {
            trained = new TrainOutput(
                TrainStatus.NoTrainer,
                "training not requested: the base model is evaluated alone",
                0,
                0,
                [],
                [],
                lora,
                null,
                null);
            setStage(new(Train.Name, RecipeStageState.Skipped, Detail: trained.Message));
        }

        if (!evaluation.Enabled)
        {
            setStage(new(Evaluate.Name, RecipeStageState.Skipped, Detail: "evaluation not requested"));
            setStage(new(Promote.Name, RecipeStageState.Skipped, Detail: "nothing evaluated"));
            return new ModelTrainingOutput(trained, null, null, new("disabled", null, null, null, null));
        }

        setStage(new(Evaluate.Name, RecipeStageState.Running));
        var evaluationDir = Path.Combine(modelsDir, "evaluation");
        var set = await Guard(
            Evaluate.Name,
            () => runner.RunAsync(
                EvaluationReport,
                (IEvaluationReportActivities a) => a.PrepareAsync(new(
                    run.RunId,
                    evaluation.RequestsFile ?? split.ValidPath,
                    evaluationDir,
                    evaluation.Samples)),
                $"prepare {evaluation.Samples} evaluation requests"));
        var candidates = Candidates(trained, evaluation, release >= 2 ? RecipeModelDefaults.MaxCandidates - 1 : null);
        var comparison = release >= 2
            ? await EvaluateShardsAsync(run, evaluation, evaluationDir, set, candidates)
            : await EvaluateInWavesAsync(run, evaluation, evaluationDir, set, candidates);
        var best = comparison.Candidates.FirstOrDefault(c => c.Candidate.Name == comparison.Best);
        setStage(new(
            Evaluate.Name,
            RecipeStageState.Completed,
            candidates.Count,
            comparison.Candidates.Count(c => c.Error is null),
            Detail: best is null
                ? "no candidate could be evaluated"
                : $"best {best.Candidate.Name}: raw compliance {Percent(best.Overall.RawCompliance)}, served "
                    + $"{Percent(best.Overall.ServedCompliance)}"));

        var outcome = await PromoteAsync(run, datasetSnapshotId, promotion, comparison, best);
        return new ModelTrainingOutput(trained, set, comparison, outcome);
    }

    /// <summary>Release 2: every shard writes its verdicts to a file and returns only where (the verdicts of all shards
    /// once travelled through the workflow and past the server's payload limit); the comparison reads the files. At
    /// most MaxParallel shards run at once, the next as soon as any finishes; one that fails for good cancels the
    /// rest.</summary>
    private async Task<CompareCheckpointsOutput> EvaluateShardsAsync(
        RecipeModelRun run,
        EvaluationOptions evaluation,
        string evaluationDir,
        PrepareEvaluationSetOutput set,
        IReadOnlyList<EvaluationCandidate> candidates)
    {
        var verdictsDir = Path.Combine(evaluationDir, "verdicts");
        var shards = Shards(run, evaluation, set, candidates, verdictsDir);
        var done = 0;
        await Guard(Evaluate.Name, () => runner.RunAllAsync(shards, evaluation.MaxParallel, async (s, ct) =>
        {
            var output = await runner.RunAsync(
                Evaluate, (ICheckpointEvaluationActivities a) => a.EvaluateAsync(s), ShardSummary(s), ct);
            done++;
            setStage(ShardsProgress(done, shards.Count, candidates.Count, set.Requests));
            return output;
        }));
        var compare = new CompareCheckpointsInput(
            run.RunId, evaluationDir, [], candidates, verdictsDir, set.Requests, evaluation.ShardSize);
        return await Guard(Evaluate.Name, () => runner.RunAsync(
            EvaluationReport,
            (IEvaluationReportActivities a) => a.CompareAsync(compare),
            $"compare {candidates.Count} candidates"));
    }

    /// <summary>Release 1: waves of MaxParallel shards, every shard's verdicts returned to the workflow and passed
    /// on.</summary>
    private async Task<CompareCheckpointsOutput> EvaluateInWavesAsync(
        RecipeModelRun run,
        EvaluationOptions evaluation,
        string evaluationDir,
        PrepareEvaluationSetOutput set,
        IReadOnlyList<EvaluationCandidate> candidates)
    {
        var shards = Shards(run, evaluation, set, candidates, verdictsDir: null);
        var outputs = new List<EvaluateCheckpointOutput>();
        foreach (var wave in shards.Chunk(Math.Max(1, evaluation.MaxParallel)))
        {
            outputs.AddRange(await Guard(Evaluate.Name, () => runner.WhenAllAsync(wave.Select(s => runner.RunAsync(
                Evaluate, (ICheckpointEvaluationActivities a) => a.EvaluateAsync(s), ShardSummary(s))))));
            setStage(ShardsProgress(outputs.Count, shards.Count, candidates.Count, set.Requests));
        }

        return await Guard(Evaluate.Name, () => runner.RunAsync(
            EvaluationReport,
            (IEvaluationReportActivities a) => a.CompareAsync(new(run.RunId, evaluationDir, outputs)),
            $"compare {candidates.Count} candidates"));
    }

    private static RecipeStageProgress ShardsProgress(int done, int shards, int candidates, int samples) =>
        new(Evaluate.Name, RecipeStageState.Running, shards, done,
            Detail: $"{done}/{shards} shards ({candidates} candidates x {samples} samples)");

    /// <summary>Every candidate's samples cut into shards of ShardSize, candidate by candidate.</summary>
    private static List<EvaluateCheckpointInput> Shards(
        RecipeModelRun run,
        EvaluationOptions evaluation,
        PrepareEvaluationSetOutput set,
        IReadOnlyList<EvaluationCandidate> candidates,
        string? verdictsDir)
    {
        var size = evaluation.ShardSize;
        return candidates.SelectMany(c => Enumerable.Range(0, (set.Requests + size - 1) / size)
                .Select(i => new EvaluateCheckpointInput(
                    run.RunId,
                    c,
                    set.RequestsPath,
                    i * size,
                    Math.Min(size, set.Requests - (i * size)),
                    evaluation.MaxTokens,
                    verdictsDir)))
            .ToList();
    }

    private static string ShardSummary(EvaluateCheckpointInput s) =>
        $"evaluate {s.Candidate.Name} on samples {s.Offset}-{s.Offset + s.Count - 1}";

    /// <summary>Release 2: a short check that a trainer host polls the model-training queue, bounded by the run's queue
    /// timeout; only that check's queue timeout means "no trainer host". The training itself then waits for a host as
    /// long as its own budget allows, so a retry after a crash (the single-slot host restarting, or still busy with the
    /// lost attempt) resumes from its checkpoints instead of being mistaken for "no host".</summary>
    private async Task<TrainOutput> CheckThenTrainAsync(
        RecipeModelRun run,
        string datasetSnapshotId,
        SplitDatasetOutput split,
        TrainingOptions training,
        LoraSettings lora)
    {
        var queueTimeout = training.QueueTimeout ?? TrainingNames.DefaultQueueTimeout;
        TrainerCheckOutput host;
        try
        {
            host = await runner.RunAsync(
                TrainerCheck(queueTimeout),
                (ITrainingActivities a) => a.CheckTrainerAsync(new TrainerCheckInput(run.RunId)),
                $"check that a trainer host polls {TrainingNames.TaskQueue}");
        }
        catch (ActivityFailureException e)
            when (e.InnerException is TimeoutFailureException { TimeoutType: TimeoutType.ScheduleToStart })
        {
            var message = $"no trainer host polls the '{TrainingNames.TaskQueue}' task queue: the trainer check waited "
                + $"{queueTimeout} and no worker picked it up; the base model is evaluated alone. Start a worker with "
                + "Training:Trainer set (docs/training.md) or give the run a longer queue timeout";
            return new TrainOutput(TrainStatus.NoTrainerHost, message, 0, 0, [], [], lora, null, null);
        }

        if (!host.Configured)
        {
            var message = $"no trainer is configured on this host ({host.Host}; Training:Trainer is empty): "
                + "nothing was trained; the flow evaluates the base model only";
            return new TrainOutput(TrainStatus.NoTrainer, message, 0, 0, [], [], lora, null, null);
        }

        var input = new TrainInput(
            run.RunId,
            run.Input.DataDir,
            split.Folder,
            datasetSnapshotId,
            (int)split.Train,
            lora,
            training.Iterations,
            training.Mode);
        var snapshot = datasetSnapshotId[..Math.Min(12, datasetSnapshotId.Length)];
        return await runner.RunAsync(
            Train,
            (ITrainingActivities a) => a.TrainAsync(input),
            $"train on {split.Train} samples (snapshot {snapshot}) on {host.Host}");
    }

    /// <summary>Release 1: the train activity with the run's queue timeout as its schedule-to-start timeout. Temporal
    /// applies that timeout to every retry and does not retry it, so a retry that waited longer for the host was read
    /// as "no trainer host" and the training was thrown away (kept only so runs of release 1 replay).</summary>
    private async Task<TrainOutput> TrainAsync(
        RecipeModelRun run,
        string datasetSnapshotId,
        SplitDatasetOutput split,
        TrainingOptions training,
        LoraSettings lora)
    {
        var queueTimeout = training.QueueTimeout ?? TrainingNames.DefaultQueueTimeout;
        try
        {
            return await runner.RunAsync(
                Train with { ScheduleToStart = queueTimeout },
                (ITrainingActivities a) => a.TrainAsync(new(
                    run.RunId,
                    run.Input.DataDir,
                    split.Folder,
                    datasetSnapshotId,
                    (int)split.Train,
                    lora,
                    training.Iterations)),
                $"train on {split.Train} samples "
                + $"(snapshot {datasetSnapshotId[..Math.Min(12, datasetSnapshotId.Length)]})");
        }
        catch (ActivityFailureException e) when (
            e.InnerException is TimeoutFailureException { TimeoutType: TimeoutType.ScheduleToStart })
        {
            return new TrainOutput(TrainStatus.NoTrainerHost,
                $"no trainer host polls the '{TrainingNames.TaskQueue}' task queue: the train activity waited "
                + $"{queueTimeout} and no worker picked it up; the base model is evaluated alone. Start a worker with "
                + "Training:Trainer set (docs/training.md) or give the run a longer queue timeout",
                0, 0, [], [], lora, null, null);
        }
    }

    /// <summary>The base model and the checkpoints (all, or the K with the lowest val loss; release 2 never more than
    /// <paramref name="atMost"/>, so the comparison's payload stays bounded).</summary>
    public static IReadOnlyList<EvaluationCandidate> Candidates(
        TrainOutput trained, EvaluationOptions evaluation, int? atMost = null) =>
        [
            new(EvaluationNames.BaseCandidate, null, null, null),
            .. CheckpointSelection.KBestByValLoss(trained.Checkpoints, evaluation.KBest ?? atMost)
                .Select(
                    c => new EvaluationCandidate(
                        EvaluationNames.CandidateName(c.Iteration),
                        c.Iteration,
                        c.ValLoss,
                        c.AdapterPath ?? c.Path)),
        ];

    private async Task<PromotionOutcome> PromoteAsync(
        RecipeModelRun run,
        string datasetSnapshotId,
        PromotionSettings promotion,
        CompareCheckpointsOutput comparison,
        CandidateResult? best)
    {
        if (!promotion.Enabled)
        {
            setStage(new(Promote.Name, RecipeStageState.Skipped, Detail: "promotion not requested"));
            return new("disabled", null, null, null, null);
        }

        if (best is null)
        {
            setStage(new(Promote.Name, RecipeStageState.Skipped, Detail: "no candidate evaluated: nothing to promote"));
            return new("nothing-to-promote", null, null, null, null);
        }

        // A retraining round promotes only what it trained: the base model winning means no checkpoint beat it.
        if (promotion.CheckpointsOnly == true && best.Candidate.Iteration is null)
        {
            setStage(new(
                Promote.Name, RecipeStageState.Skipped,
                Detail: "no trained checkpoint beat the base model: nothing to promote"));
            return new("nothing-to-promote", null, null, null, null);
        }

        var entry = new ModelRegistryEntry(
            $"{run.RunId}/{best.Candidate.Name}",
            run.DatasetName,
            best.Candidate.AdapterPath,
            datasetSnapshotId,
            Metrics(best),
            default,
            null);
        string? decidedBy = null;
        string? comment = null;
        var approval = promotion.Approval ?? new();
        if (approval.Required)
        {
            var pending = new PendingApproval(
                entry.Id,
                best.Candidate.Name,
                best.Overall.RawCompliance,
                best.Overall.ServedCompliance,
                comparison.HtmlPath,
                default,
                default,
                0);
            setStage(new(
                Promote.Name,
                RecipeStageState.Running,
                Detail: $"waiting for approval of {entry.Id} (signal '{PromotionNames.ApproveSignal}' or update "
                    + $"'{PromotionNames.ApproveUpdate}')"));
            var decision = await approvals.WaitAsync(pending, approval);
            if (decision is null)
            {
                setStage(new(
                    Promote.Name,
                    RecipeStageState.Skipped,
                    Detail: $"approval timed out after {approval.Wait}: {entry.Id} not promoted"));
                return new("timed-out", entry.Id, null, null, null);
            }

            if (decision.Approve != true)
            {
                setStage(new(
                    Promote.Name,
                    RecipeStageState.Skipped,
                    Detail: $"refused by {decision.By}: {entry.Id} not promoted"));
                return new("refused", entry.Id, decision.By, decision.Comment, null);
            }

            (decidedBy, comment) = (decision.By, decision.Comment);
            entry = entry with { ApprovedBy = decision.By };
        }

        setStage(new(Promote.Name, RecipeStageState.Running, Detail: $"promoting {entry.Id}"));
        var promoted = await Guard(
            Promote.Name,
            () => runner.RunAsync(
                Promote,
                (IPromotionActivities a) => a.PromoteAsync(new(run.Input.DataDir, entry)),
                $"promote {entry.Id}"));
        setStage(new(
            Promote.Name,
            RecipeStageState.Completed,
            Detail: $"{entry.Id} promoted{(decidedBy is null ? string.Empty : $" (approved by {decidedBy})")}; was "
                + $"{promoted.Previous ?? "nothing"}"));
        return new("promoted", entry.Id, decidedBy, comment, promoted);
    }

    private static Dictionary<string, double> Metrics(CandidateResult best)
    {
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["raw_compliance"] = best.Overall.RawCompliance,
            ["parse_rate"] = best.Overall.ParseRate,
            ["samples"] = best.Overall.Samples,
        };
        if (best.Overall.ServedCompliance is { } served)
        {
            metrics["served_compliance"] = served;
        }

        if (best.Candidate.ValLoss is { } val)
        {
            metrics["val_loss"] = val;
        }

        foreach (var tag in best.PerTag)
        {
            metrics[$"raw_compliance:{tag.Tag}"] = tag.RawCompliance;
        }

        return metrics;
    }

    private async Task<T> Guard<T>(string stage, Func<Task<T>> run)
    {
        try
        {
            return await run();
        }
        catch
        {
            setStage(new(stage, RecipeStageState.Failed));
            throw;
        }
    }

    private static string Percent(double? value)
        => value is { } v ? v.ToString("P1", CultureInfo.InvariantCulture) : "n/a";
}
