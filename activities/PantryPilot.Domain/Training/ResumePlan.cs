namespace PantryPilot.Domain.Training;

/// <summary>Where the next attempt of a training run starts: from the latest checkpoint in the store, for the
/// remaining iterations. Never from 0 when a checkpoint exists.</summary>
/// <param name="ResumeFrom">Global iteration of the checkpoint resumed (0: no checkpoint, start fresh).</param>
/// <param name="Remaining">Iterations the trainer is asked for (it counts them from 1 again).</param>
public sealed record ResumePlan(int TotalIterations, int ResumeFrom, int Remaining)
{
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

    /// <summary>The global iteration of an iteration the trainer reports in this attempt.</summary>
    public int Global(int trainerIteration) => ResumeFrom + trainerIteration;

    /// <summary>Iterations for a run: ceil(samples x epochs / batch size).</summary>
    public static int IterationsFor(int trainSamples, int epochs, int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(trainSamples);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(epochs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        return (int)(((long)trainSamples * epochs + batchSize - 1) / batchSize);
    }
}
