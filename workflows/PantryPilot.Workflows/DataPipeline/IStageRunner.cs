using System.Linq.Expressions;
using PantryPilot.Contracts.DataPipeline;

namespace PantryPilot.Workflows.DataPipeline;

/// <summary>Runs the activities of a flow. Activities are called one way: a typed lambda on the activity's contract
/// interface, whose method carries the pinned name. The Temporal implementation hands the lambda to the SDK
/// (<c>Workflow.ExecuteActivityAsync</c>); the in-process implementation calls the activity registered under the same
/// name directly, with the same retry policy. The flow itself is written once, against this interface, so both paths
/// share the stage graph.</summary>
public interface IStageRunner
{
    /// <summary>Cancelled when the whole run is (Workflow.CancellationToken in workflow code).</summary>
    CancellationToken CancellationToken { get; }

    /// <param name="call">E.g. <c>(IDataPipelineActivities a) =&gt; a.IngestAsync(input)</c>: one call of one
    /// interface method with one argument.</param>
    /// <param name="summary">What a person reads beside the activity in the Web UI ("validate inventory").</param>
    /// <param name="cancellationToken">Cancels this activity alone (e.g. when the activity beside it failed).</param>
    Task<TOutput> RunAsync<TActivities, TOutput>(
        StageSpec stage,
        Expression<Func<TActivities, Task<TOutput>>> call,
        string summary,
        CancellationToken cancellationToken = default);

    /// <summary>Waits for independent activities (Workflow.WhenAllAsync in workflow code). Release 1's fan-out: it
    /// waits for every activity even after one failed.</summary>
    Task<TResult[]> WhenAllAsync<TResult>(IEnumerable<Task<TResult>> tasks);

    /// <summary>Release 2's fan-out: starts <paramref name="start"/> for every item, at most
    /// <paramref name="maxParallel"/> at a time, the next one as soon as any slot frees (a slow activity holds up no
    /// other). The first failure cancels every activity still running or waiting for a slot, waits for them to stop,
    /// and is then the exception thrown (not the cancellations it caused). Results come back in item order.</summary>
    /// <param name="start">Starts one item's activity with the token that cancels it with its siblings.</param>
    Task<TResult[]> RunAllAsync<TItem, TResult>(
        IReadOnlyList<TItem> items,
        int maxParallel,
        Func<TItem, CancellationToken, Task<TResult>> start);

    /// <summary>Called whenever a stage starts or ends.</summary>
    void OnProgress(PipelineProgress progress);
}
