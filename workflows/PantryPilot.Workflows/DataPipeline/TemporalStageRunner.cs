using PantryPilot.Contracts.DataPipeline;
using Temporalio.Common;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.DataPipeline;

/// <summary>Runs the flow's activities from workflow code, by their pinned names: each <see cref="StageSpec"/>
/// becomes the activity options (timeouts, heartbeat, retry policy) of the activities of that stage. Only usable
/// inside a workflow.</summary>
public sealed class TemporalStageRunner : IStageRunner
{
    public Task<TOutput> RunAsync<TInput, TOutput>(StageSpec stage, ActivityContract<TInput, TOutput> activity, TInput input, string summary) =>
        Workflow.ExecuteActivityAsync<TOutput>(activity.Name, [input], ToActivityOptions(stage, summary));

    public async Task<TResult[]> WhenAllAsync<TResult>(IEnumerable<Task<TResult>> tasks)
    {
        // Materialise first: every activity of the stage is scheduled in the same workflow task.
        var started = tasks.ToArray();
        await Workflow.WhenAllAsync(started);
        return started.Select(t => t.Result).ToArray();
    }

    public void OnProgress(PipelineProgress progress)
    {
        // Workflow.Logger is replay-aware: it does not repeat lines while history is replayed.
        if (progress.CurrentStage is { } stage)
        {
            Workflow.Logger.LogStageStarted(progress.RunId, stage);
        }
    }

    /// <summary>The activity options a stage's activities run with.</summary>
    public static ActivityOptions ToActivityOptions(StageSpec stage, string? summary = null) => new()
    {
        StartToCloseTimeout = stage.StartToClose,
        TaskQueue = stage.TaskQueue,
        HeartbeatTimeout = stage.Heartbeat,
        RetryPolicy = new RetryPolicy
        {
            MaximumAttempts = stage.MaximumAttempts,
            InitialInterval = TimeSpan.FromSeconds(2),
            BackoffCoefficient = 2,
            MaximumInterval = TimeSpan.FromMinutes(2),
            NonRetryableErrorTypes = stage.NonRetryableErrorTypes.ToArray(),
        },
        // On cancellation, wait until the activity has acknowledged it (heartbeat), so no stage is still writing
        // files when the workflow reports itself cancelled.
        CancellationType = ActivityCancellationType.WaitCancellationCompleted,
        Summary = summary,
    };
}
