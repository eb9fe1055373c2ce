using System.Security.Cryptography;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.Training;

namespace PantryPilot.Activities.Training;

/// <summary>What one attempt learns from its trainer while it runs: each progress line becomes a heartbeat and a row of
/// the loss curve, each saved checkpoint is copied into the store and recorded in the training state at once (so a
/// lost worker's retry resumes from it). The trainer's output is read on another thread than the one that settles the
/// outcome, so the state is changed under one lock.</summary>
public sealed class TrainerProgressHandler(
    TrainerAttemptPlan attempt,
    string datasetSnapshotId,
    TrainingAttemptContext context)
{
    private readonly Lock gate = new();
    private TrainingState state = attempt.State;
    private TrainingProgress progress = new(
        attempt.Number, attempt.Plan.ResumeFrom, attempt.State.TotalIterations, attempt.Plan.ResumeFrom,
        attempt.Plan.ResumeFrom, null, null, null, null, null);

    private double? lastVal;
    private double? lastTrain;

    public TrainingState State
    {
        get
        {
            lock (gate)
            {
                return state;
            }
        }
    }

    public TrainingProgress Progress
    {
        get
        {
            lock (gate)
            {
                return progress;
            }
        }
    }

    /// <summary>One line of the trainer's output (train loss, validation loss, a saved checkpoint, or anything else,
    /// which is ignored).</summary>
    public void OnLine(string line)
    {
        var parsed = TrainerProgressLine.Parse(line);
        var plan = attempt.Plan;
        switch (parsed.Kind)
        {
            case TrainerLineKind.Train:
                var it = plan.Global(parsed.Iteration!.Value);
                lock (gate)
                {
                    lastTrain = parsed.TrainLoss;
                    progress = progress with
                    {
                        Iteration = it,
                        TrainLoss = parsed.TrainLoss,
                        LearningRate = parsed.LearningRate,
                        TokensPerSecond = parsed.TokensPerSecond,
                        PeakMemoryGb = parsed.PeakMemoryGb,
                    };
                }

                attempt.Curve.Append(
                    it, "train", parsed.TrainLoss, null, parsed.LearningRate, parsed.TokensPerSecond,
                    parsed.PeakMemoryGb, attempt.Number);
                context.Heartbeat(Progress);
                break;
            case TrainerLineKind.Validation:
                var vit = plan.Global(parsed.Iteration!.Value);
                lock (gate)
                {
                    lastVal = parsed.ValLoss;
                    progress = progress with { ValLoss = parsed.ValLoss };
                }

                attempt.Curve.Append(vit, "val", null, parsed.ValLoss, null, null, null, attempt.Number);
                context.Heartbeat(Progress);
                break;
            case TrainerLineKind.Saved:
                CopyCheckpoint(
                    Path.GetFullPath(parsed.SavedPath!, attempt.Directory),
                    plan.Global(parsed.Iteration!.Value));
                context.Heartbeat(Progress);
                break;
        }
    }

    /// <summary>Copies a checkpoint file into the store and records it, once per iteration (a file already gone, or
    /// an iteration already stored, is skipped).</summary>
    public void CopyCheckpoint(string file, int global)
    {
        lock (gate)
        {
            if (state.Checkpoints.Any(c => c.Iteration == global) || !File.Exists(file))
            {
                return;
            }

            var target = Path.Combine(attempt.Paths.Checkpoints, CheckpointFiles.StoreName(global));
            AtomicFile.Copy(file, target);
            state = state.WithCheckpoint(
                new CheckpointRecord(global, lastVal, lastTrain, datasetSnapshotId, target, Sha256(target)));
            state.Save(attempt.Paths.State);
            progress = progress with { LatestCheckpoint = global };
        }
    }

    /// <summary>Records how the attempt ended; saved to the store unless the caller changes the state
    /// further.</summary>
    public TrainingState Record(string outcome, bool save = true)
    {
        lock (gate)
        {
            state = state.WithAttempt(attempt.Record with { Outcome = outcome });
            if (save)
            {
                state.Save(attempt.Paths.State);
            }

            return state;
        }
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
