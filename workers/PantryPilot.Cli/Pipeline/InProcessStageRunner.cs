using System.Diagnostics;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.DependencyInjection;
using PantryPilot.Activities;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Workflows.DataPipeline;
using Temporalio.Activities;
using Temporalio.Exceptions;
using Temporalio.Testing;

namespace PantryPilot.Cli.Pipeline;

/// <summary>Runs the data pipeline's activities directly in this process: the embedded default when no Temporal server
/// is configured. It looks activities up by the same pinned names the workflow schedules (so a name that no registered
/// class carries fails here too), in the order the shared <see cref="DataPipelineFlow"/> defines, and retries them with
/// the stage's own policy: an infrastructure fault (database restarting, disk full) is retried with backoff until the
/// stage's schedule-to-close budget is spent; a non-retryable error type ends it at once.</summary>
public sealed class InProcessStageRunner : IStageRunner
{
    private readonly IServiceProvider services;
    private readonly Action<PipelineProgress> onProgress;
    private readonly Action<string> onRetry;
    private readonly Func<StageSpec, StageSpec> policy;
    private readonly Dictionary<string, Type> owners;

    /// <param name="onRetry">Told, in one line, about every attempt that failed and will be retried.</param>
    /// <param name="policy">Adjusts a stage's policy (tests shorten the backoff); identity by default.</param>
    /// <param name="activityTypes">The classes whose [Activity] methods can run (default: the data pipeline's).</param>
    public InProcessStageRunner(
        IServiceProvider services,
        Action<PipelineProgress> onProgress,
        CancellationToken cancellationToken = default,
        Action<string>? onRetry = null,
        Func<StageSpec, StageSpec>? policy = null,
        IEnumerable<Type>? activityTypes = null)
    {
        this.services = services;
        this.onProgress = onProgress;
        this.onRetry = onRetry ?? (_ => { });
        this.policy = policy ?? (s => s);
        // Cancellation is handed to the thread pool: the signal handler that cancels the caller's token (SIGTERM via
        // System.CommandLine) must not run the activities' cancellation callbacks itself, nor see what they throw.
        var relay = new CancellationTokenSource();
        cancellationToken.Register(() => ThreadPool.QueueUserWorkItem(_ => CancelQuietly(relay)));
        CancellationToken = relay.Token;
        this.owners = (activityTypes ?? ActivitiesServiceCollectionExtensions.PipelineActivityTypes)
            .SelectMany(
                type => type.GetMethods()
                    .Select(
                        m => m.GetCustomAttributes(typeof(ActivityAttribute), false)
                            .OfType<ActivityAttribute>()
                            .FirstOrDefault()?.Name)
                    .OfType<string>()
                    .Select(name => (Name: name, Type: type)))
            .ToDictionary(x => x.Name, x => x.Type);
    }

    public CancellationToken CancellationToken { get; }

    /// <summary>How long a cancelled activity gets to stop and clean up (the worker's graceful shutdown).</summary>
    public static TimeSpan CancellationGrace { get; } = TimeSpan.FromSeconds(60);

    public async Task<TOutput> RunAsync<TActivities, TOutput>(
        StageSpec stage,
        Expression<Func<TActivities, Task<TOutput>>> call,
        string summary,
        CancellationToken cancellationToken = default)
    {
        var (name, input) = ActivityCall.Of(call);
        if (!this.owners.TryGetValue(name, out var type))
        {
            throw new InvalidOperationException($"no registered activity is named '{name}'");
        }

        var spec = this.policy(stage);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(CancellationToken, cancellationToken);
        var started = Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await AttemptAsync<TOutput>(type, name, input, spec.StartToClose, linked.Token);
            }
            catch (Exception e) when (!linked.IsCancellationRequested && IsRetryable(e, spec))
            {
                var wait = spec.BackoffAfter(attempt);
                var outOfAttempts = spec.MaximumAttempts > 0 && attempt >= spec.MaximumAttempts;
                if (outOfAttempts || started.Elapsed + wait >= spec.ScheduleToClose)
                {
                    throw;
                }

                this.onRetry(
                    $"{summary}: attempt {attempt} failed ({e.GetType().Name}: {e.Message}); "
                    + $"retrying in {wait.TotalSeconds:F0}s");
                await Task.Delay(wait, linked.Token);
            }
        }
    }

    private static void CancelQuietly(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (AggregateException)
        {
            // A callback of a stopping activity failed; the activity's own task reports what matters.
        }
    }

    public Task<TResult[]> WhenAllAsync<TResult>(IEnumerable<Task<TResult>> tasks) => Task.WhenAll(tasks);

    public async Task<TResult[]> RunAllAsync<TItem, TResult>(
        IReadOnlyList<TItem> items,
        int maxParallel,
        Func<TItem, CancellationToken, Task<TResult>> start)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(start);
        using var siblings = CancellationTokenSource.CreateLinkedTokenSource(CancellationToken);
        using var slots = new SemaphoreSlim(Math.Max(1, maxParallel));
        Exception? first = null;
        var started = items.Select(RunOneAsync).ToArray();
        try
        {
            await Task.WhenAll(started);
        }
        catch (Exception) when (Volatile.Read(ref first) is { } failure)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }

        return started.Select(t => t.Result).ToArray();

        async Task<TResult> RunOneAsync(TItem item)
        {
            await slots.WaitAsync(siblings.Token);
            try
            {
                return await start(item, siblings.Token);
            }
            catch (Exception e) when (Interlocked.CompareExchange(ref first, e, null) is null)
            {
                CancelQuietly(siblings);
                throw;
            }
            finally
            {
                slots.Release();
            }
        }
    }

    public void OnProgress(PipelineProgress progress) => this.onProgress(progress);

    /// <summary>Temporal's rule: an <see cref="ApplicationFailureException"/> carries its own type and flag; any other
    /// exception's type name is its error type.</summary>
    public static bool IsRetryable(Exception e, StageSpec stage) => e switch
    {
        ApplicationFailureException { NonRetryable: true } => false,
        ApplicationFailureException f => !stage.NonRetryableErrorTypes.Contains(f.ErrorType ?? string.Empty),
        OperationCanceledException => true, // an attempt over its start-to-close timeout
        _ => !stage.NonRetryableErrorTypes.Contains(e.GetType().Name),
    };

    /// <summary>One attempt, inside an activity context of its own (the SDK's <see cref="ActivityEnvironment"/>), so
    /// the activity sees cancellation (run cancelled, start-to-close passed) exactly as on a worker, stops, and cleans
    /// up; the runner waits for that, up to <see cref="CancellationGrace"/>.</summary>
    private async Task<TOutput> AttemptAsync<TOutput>(
        Type type,
        string name,
        object? input,
        TimeSpan startToClose,
        CancellationToken cancellationToken)
    {
        await using var scope = this.services.CreateAsyncScope();
        var instance = scope.ServiceProvider.GetRequiredService(type);
        var definition = ActivityDefinition.CreateAll(type, instance).Single(d => d.Name == name);
        using var activityCancel = new CancellationTokenSource();
        var environment = new ActivityEnvironment { CancellationTokenSource = activityCancel };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(startToClose);
        var attempt = environment.RunAsync(() => definition.InvokeAsync([input]));
        try
        {
            return (TOutput)(await attempt.WaitAsync(timeout.Token))!;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !attempt.IsCompleted)
        {
            environment.Cancel(
                cancellationToken.IsCancellationRequested
                    ? ActivityCancelReason.CancelRequested
                    : ActivityCancelReason.Timeout);
            // Like WaitCancellationCompleted on Temporal: no activity is still writing when the run reports it ended.
            await Task.WhenAny(attempt, Task.Delay(CancellationGrace, CancellationToken.None));
            throw;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            // A method that threw before returning its task: surface what it threw, as a worker would.
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }
}
