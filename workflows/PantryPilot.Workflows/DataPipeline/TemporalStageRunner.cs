using System.Globalization;
using System.Text;
using PantryPilot.Contracts.DataPipeline;
using Temporalio.Common;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.DataPipeline;

/// <summary>Runs the flow's activities from workflow code, by their pinned names: each <see cref="StageSpec"/>
/// becomes the activity options (timeouts, heartbeat, retry policy) of the activities of that stage, and every
/// progress change becomes the workflow's current details in the Web UI. Only usable inside a workflow.</summary>
public sealed class TemporalStageRunner : IStageRunner
{
    public CancellationToken CancellationToken => Workflow.CancellationToken;

    public Task<TOutput> RunAsync<TInput, TOutput>(StageSpec stage, ActivityContract<TInput, TOutput> activity, TInput input, string summary, CancellationToken cancellationToken = default)
    {
        var options = ToActivityOptions(stage, summary);
        if (cancellationToken.CanBeCanceled)
        {
            options.CancellationToken = cancellationToken;
        }

        return Workflow.ExecuteActivityAsync<TOutput>(activity.Name, [input], options);
    }

    public async Task<TResult[]> WhenAllAsync<TResult>(IEnumerable<Task<TResult>> tasks)
    {
        // Materialise first: every activity of the stage is scheduled in the same workflow task.
        var started = tasks.ToArray();
        await Workflow.WhenAllAsync(started);
        return started.Select(t => t.Result).ToArray();
    }

    public void OnProgress(PipelineProgress progress)
    {
        Workflow.CurrentDetails = Details(progress);
        // Workflow.Logger is replay-aware: it does not repeat lines while history is replayed.
        if (progress.CurrentStage is { } stage)
        {
            Workflow.Logger.LogStageStarted(progress.RunId, stage);
        }
    }

    /// <summary>The Web UI's "current details" of a run: one line per stage with its state and rows.</summary>
    public static string Details(PipelineProgress progress)
    {
        var text = new StringBuilder();
        foreach (var s in progress.Stages)
        {
            text.Append(CultureInfo.InvariantCulture, $"{s.Stage}: {s.State.ToString().ToLowerInvariant()}");
            if (s.State == StageState.Completed)
            {
                text.Append(CultureInfo.InvariantCulture, $" ({s.RowsIn:N0} in, {s.RowsOut:N0} out, {s.RowsQuarantined:N0} quarantined)");
            }

            if (s.Detail is not null)
            {
                text.Append(" - ").Append(s.Detail);
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The activity options a stage's activities run with.</summary>
    public static ActivityOptions ToActivityOptions(StageSpec stage, string? summary = null) => new()
    {
        StartToCloseTimeout = stage.StartToClose,
        ScheduleToCloseTimeout = stage.ScheduleToClose,
        ScheduleToStartTimeout = stage.ScheduleToStart,
        TaskQueue = stage.TaskQueue,
        HeartbeatTimeout = stage.Heartbeat,
        RetryPolicy = new RetryPolicy
        {
            MaximumAttempts = stage.MaximumAttempts,
            InitialInterval = stage.InitialInterval,
            BackoffCoefficient = (float)stage.BackoffCoefficient,
            MaximumInterval = stage.MaximumInterval,
            NonRetryableErrorTypes = stage.NonRetryableErrorTypes.ToArray(),
        },
        // On cancellation, wait until the activity has acknowledged it (heartbeat), so no stage is still writing
        // files when the workflow reports itself cancelled.
        CancellationType = ActivityCancellationType.WaitCancellationCompleted,
        Summary = summary,
    };
}
