using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.ExceptionServices;
using System.Text;
using PantryPilot.Contracts.DataPipeline;
using Temporalio.Common;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.DataPipeline;

/// <summary>Runs the flow's activities from workflow code as the SDK's typed lambdas: each <see cref="StageSpec"/>
/// becomes the activity options (timeouts, heartbeat, retry policy) of the activities of that stage, and every
/// progress change becomes the workflow's current details in the Web UI. Only usable inside a workflow.</summary>
public sealed class TemporalStageRunner : IStageRunner
{
    public CancellationToken CancellationToken => Workflow.CancellationToken;

    public Task<TOutput> RunAsync<TActivities, TOutput>(
        StageSpec stage,
        Expression<Func<TActivities, Task<TOutput>>> call,
        string summary,
        CancellationToken cancellationToken = default)
    {
        var options = ToActivityOptions(stage, summary);
        if (cancellationToken.CanBeCanceled)
        {
            options.CancellationToken = cancellationToken;
        }

        return Workflow.ExecuteActivityAsync(call, options);
    }

    public async Task<TResult[]> WhenAllAsync<TResult>(IEnumerable<Task<TResult>> tasks)
    {
        // Materialise first: every activity of the stage is scheduled in the same workflow task.
        var started = tasks.ToArray();
        await Workflow.WhenAllAsync(started);
        return started.Select(t => t.Result).ToArray();
    }

    public async Task<TResult[]> RunAllAsync<TItem, TResult>(
        IReadOnlyList<TItem> items,
        int maxParallel,
        Func<TItem, CancellationToken, Task<TResult>> start)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(start);
        using var siblings = CancellationTokenSource.CreateLinkedTokenSource(Workflow.CancellationToken);
        var slots = new Temporalio.Workflows.Semaphore(Math.Max(1, maxParallel));
        Exception? first = null;
        var started = items.Select(RunOneAsync).ToArray();
        try
        {
            await Workflow.WhenAllAsync(started);
        }
        catch (Exception) when (first is not null)
        {
            ExceptionDispatchInfo.Capture(first).Throw();
        }

        return started.Select(t => t.Result).ToArray();

        async Task<TResult> RunOneAsync(TItem item)
        {
            // Slots are granted in request order by Temporal's deterministic semaphore: replays schedule identically.
            await slots.WaitAsync(siblings.Token);
            try
            {
                return await start(item, siblings.Token);
            }
            catch (Exception e) when (first is null)
            {
                first = e;
#pragma warning disable CA1849 // CancelAsync would run the callbacks off the workflow's scheduler
                siblings.Cancel();
#pragma warning restore CA1849
                throw;
            }
            finally
            {
                slots.Release();
            }
        }
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
                text.Append(
                    CultureInfo.InvariantCulture,
                    $" ({s.RowsIn:N0} in, {s.RowsOut:N0} out, {s.RowsQuarantined:N0} quarantined)");
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
