namespace PantryPilot.Workflows.DataPipeline;

/// <summary>How one stage's activities run: timeouts and the retry policy, the same on Temporal and in-process.
/// Infrastructure faults (database down, connection reset, remote 5xx, disk full, a file not yet visible) are retried
/// with backoff until <see cref="ScheduleToClose"/>; only the error types in <see cref="NonRetryableErrorTypes"/>
/// (bad data, bad configuration) end the stage at once.</summary>
/// <param name="StartToClose">Longest a single attempt may take (sized for the benchmark's 5M rows with
/// headroom).</param>
/// <param name="ScheduleToClose">Longest the stage may take over all its attempts: what bounds retries of a daily
/// job.</param>
/// <param name="Heartbeat">Longest silence before the server declares the worker dead and retries elsewhere.</param>
/// <param name="NonRetryableErrorTypes">Failures that no retry can fix (bad data, a failed suite).</param>
public sealed record StageSpec(
    string Name,
    TimeSpan StartToClose,
    TimeSpan ScheduleToClose,
    TimeSpan? Heartbeat,
    IReadOnlyList<string> NonRetryableErrorTypes)
{
    public TimeSpan InitialInterval { get; init; } = TimeSpan.FromSeconds(5);

    public double BackoffCoefficient { get; init; } = 2;

    /// <summary>Backoff grows to minutes, not hours: a database back after a restart is used within 5
    /// minutes.</summary>
    public TimeSpan MaximumInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>0: unlimited, bounded by <see cref="ScheduleToClose"/>.</summary>
    public int MaximumAttempts { get; init; }

    /// <summary>The task queue the stage's activities run on; null: the workflow's own queue.</summary>
    public string? TaskQueue { get; init; }

    /// <summary>Longest an activity may wait in its task queue for a worker to pick it up; null: no limit. For a queue
    /// only some hosts poll (model-training), so that "no such host" is an answer instead of a wait forever. Temporal
    /// does not retry this timeout.</summary>
    public TimeSpan? ScheduleToStart { get; init; }

    /// <summary>The wait before attempt <paramref name="attempt"/>+1 (attempts count from 1), as Temporal computes
    /// it.</summary>
    public TimeSpan BackoffAfter(int attempt)
        => TimeSpan.FromTicks(
            (long)Math.Min(MaximumInterval.Ticks, InitialInterval.Ticks * Math.Pow(BackoffCoefficient, attempt - 1)));
}
