using PantryPilot.Contracts.DataPipeline;

namespace PantryPilot.Workflows.DataPipeline;

/// <summary>Runs the activities of a flow. The Temporal implementation schedules activities by their pinned names
/// from workflow code; the in-process implementation calls the activity registered under the same name directly,
/// with the same retry policy. The flow itself is written once, against this interface, so both paths share the
/// stage graph.</summary>
public interface IStageRunner
{
    /// <summary>Cancelled when the whole run is (Workflow.CancellationToken in workflow code).</summary>
    CancellationToken CancellationToken { get; }

    /// <param name="summary">What a person reads beside the activity in the Web UI ("validate inventory").</param>
    /// <param name="cancellationToken">Cancels this activity alone (e.g. when the activity beside it failed).</param>
    Task<TOutput> RunAsync<TInput, TOutput>(StageSpec stage, ActivityContract<TInput, TOutput> activity, TInput input, string summary, CancellationToken cancellationToken = default);

    /// <summary>Waits for independent activities (Workflow.WhenAllAsync in workflow code).</summary>
    Task<TResult[]> WhenAllAsync<TResult>(IEnumerable<Task<TResult>> tasks);

    /// <summary>Called whenever a stage starts or ends.</summary>
    void OnProgress(PipelineProgress progress);
}
