namespace PantryPilot.Hosting;

/// <summary>What a host or client assumes when a variable is unset.</summary>
/// <param name="TaskQueue">Queue when TEMPORAL_TASK_QUEUE is unset.</param>
/// <param name="MaxConcurrentActivities">Activity slots when PANTRYPILOT_MAX_CONCURRENT_ACTIVITIES is unset.</param>
/// <param name="Address">Address when TEMPORAL_ADDRESS is unset; null: it is required.</param>
public sealed record TemporalDefaults(string TaskQueue, int MaxConcurrentActivities, string? Address)
{
    public const string LocalAddress = "localhost:7233";

    /// <summary>`pantrypilot worker`: the address is required.</summary>
    public static TemporalDefaults PipelineWorker { get; } = new(Contracts.TaskQueues.Pipeline, 8, null);

    /// <summary>Client commands (pipeline start/status/cancel, schedule, model ..., temporal setup) and
    /// `pipeline run --temporal`: a local dev server when TEMPORAL_ADDRESS is unset.</summary>
    public static TemporalDefaults Client { get; } = new(Contracts.TaskQueues.Pipeline, 8, LocalAddress);
}
