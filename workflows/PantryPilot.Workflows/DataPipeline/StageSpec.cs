namespace PantryPilot.Workflows.DataPipeline;

/// <summary>How one stage's activities are run: the timeouts and retries a Temporal activity gets, and the name
/// progress reports use. The in-process runner honours the same names and order.</summary>
/// <param name="StartToClose">Longest a single attempt may take (sized for the benchmark's 5M rows with headroom).</param>
/// <param name="Heartbeat">Longest silence before the server declares the worker dead and retries elsewhere.</param>
/// <param name="NonRetryableErrorTypes">Failures that no retry can fix (bad data, a failed suite).</param>
/// <param name="TaskQueue">The task queue the stage's activities run on; null: the workflow's own queue.</param>
public sealed record StageSpec(
    string Name,
    TimeSpan StartToClose,
    TimeSpan? Heartbeat,
    int MaximumAttempts,
    IReadOnlyList<string> NonRetryableErrorTypes,
    string? TaskQueue = null);
