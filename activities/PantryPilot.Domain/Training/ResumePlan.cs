namespace PantryPilot.Domain.Training;

/// <summary>Where the next attempt of a training run starts: from the latest checkpoint in the store, for the
/// remaining iterations. Never from 0 when a checkpoint exists.
///
/// The run counts iterations at its original batch size (mlx-lm: one iteration = one batch; gradient accumulation only
/// gates the optimizer update), so a stored iteration always means the same number of samples seen. When the
/// out-of-memory policy has cut the batch to original/<see cref="Factor"/>, the trainer needs Factor of its own
/// iterations per run iteration: it is asked for <see cref="TrainerIterations"/>, saves, reports and evaluates every
/// Factor times as many steps, and its iteration n is run iteration ResumeFrom + n / Factor. With gradient accumulation
/// multiplied by the same Factor, the samples seen and the optimizer updates stay what the original settings
/// gave.</summary>
/// <param name="ResumeFrom">Global iteration of the checkpoint resumed (0: no checkpoint, start fresh).</param>
/// <param name="Remaining">Iterations the trainer is asked for (it counts them from 1 again).</param>
public sealed record ResumePlan(int TotalIterations, int ResumeFrom, int Remaining)
{
    /// <summary>Trainer iterations per run iteration: original batch / current batch (1 until the batch is
    /// cut).</summary>
    public int Factor { get; init; } = 1;

    /// <summary>What the trainer is asked for: the remaining run iterations in its own (smaller-batch)
    /// iterations.</summary>
    public int TrainerIterations => Remaining * Factor;

    public bool IsResume => ResumeFrom > 0;

    public bool IsFinished => Remaining == 0;

    /// <summary>Plans from the checkpoint iterations present in the store (any order; duplicates and iterations past
    /// the total are ignored as the leftovers of a different plan).</summary>
    public static ResumePlan From(int totalIterations, IEnumerable<int> checkpointIterations)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(totalIterations);
        var latest = checkpointIterations.Where(i => i > 0 && i <= totalIterations).DefaultIfEmpty(0).Max();
        return new(totalIterations, latest, totalIterations - latest);
    }

    /// <summary>The run iteration an iteration the trainer reports in this attempt completes. Rounded down: a trainer
    /// line between two run iterations counts for the earlier one, so a resume never skips samples.</summary>
    public int Global(int trainerIteration) => ResumeFrom + (trainerIteration / Factor);

    /// <summary>The trainer's own step count for a step count of the run (save every, report every, eval
    /// every).</summary>
    public int TrainerSteps(int runSteps) => runSteps * Factor;

    /// <summary>The factor for a batch cut from <paramref name="originalBatch"/> to <paramref name="batch"/>; the
    /// policy only cuts to divisors, so it is whole.</summary>
    public static int FactorFor(int originalBatch, int batch)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(originalBatch);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batch);
        if (originalBatch % batch != 0)
        {
            throw new ArgumentException(
                $"batch {batch} does not divide the run's batch {originalBatch}: "
                + "the iterations of the run could not be counted in the same samples",
                nameof(batch));
        }

        return originalBatch / batch;
    }

    /// <summary>Iterations for a run: ceil(samples x epochs / batch size).</summary>
    public static int IterationsFor(int trainSamples, int epochs, int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(trainSamples);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(epochs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        return (int)(((long)trainSamples * epochs + batchSize - 1) / batchSize);
    }
}
