using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Contracts.Payloads;
using Temporalio.Common;
using Temporalio.Exceptions;
using Temporalio.Worker;
using Temporalio.Worker.Interceptors;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Tests.Support;

/// <summary>Replays one history against the real workflow code with the SDK's own <see cref="WorkflowReplayer"/>
/// and records what the code did: the activities it scheduled (name and Web UI summary), the children it started,
/// how it ended, and the search attributes, memo and current details it left. It checks nothing itself: drift
/// (a command of another kind, activity type, activity id or child id than the history recorded) surfaces as the
/// SDK's <see cref="WorkflowNondeterminismException"/>, because the builder writes the core flags that turn those
/// checks on.</summary>
public sealed class ReplayObserver : IWorkerInterceptor
{
    private ReplayObserver()
    {
    }

    /// <summary>Activity types the workflow code scheduled, in order.</summary>
    public List<string> Scheduled { get; } = [];

    /// <summary>The options (queue, timeouts, retry policy) each scheduled activity carried, in order.</summary>
    public List<ActivityOptions> Options { get; } = [];

    /// <summary>The arguments each scheduled activity was given, in order.</summary>
    public List<IReadOnlyCollection<object?>> Arguments { get; } = [];

    /// <summary>The run id the workflow code saw (<c>Workflow.Info.RunId</c>).</summary>
    public string? RunId { get; private set; }

    /// <summary>The Web UI summary each scheduled activity carried, in order.</summary>
    public List<string?> Summaries { get; } = [];

    /// <summary>Durations of the timers the workflow code started, in order (the SDK does not compare them with the
    /// history's TimerStarted events; tests that care compare them).</summary>
    public List<TimeSpan> Timers { get; } = [];

    /// <summary>Child workflow ids the workflow code started, in order.</summary>
    public List<string> StartedChildren { get; } = [];

    /// <summary>Arguments of the continue-as-new the workflow asked for, if any.</summary>
    public IReadOnlyCollection<object?>? ContinuedAsNewWith { get; private set; }

    public WorkflowOutcome? Outcome { get; private set; }

    /// <summary>The pipeline's search attributes when the workflow code ended (or yielded for the last time).</summary>
    public Dictionary<string, string> SearchAttributes { get; } = [];

    /// <summary>The snapshot memo when the workflow code ended, if set.</summary>
    public string? SnapshotMemo { get; private set; }

    public string? CurrentDetails { get; private set; }

    /// <param name="more">Further interceptors, e.g. a <see cref="HandlerProbe"/> that calls queries and validators.</param>
    public static async Task<ReplayObserver> ReplayAsync<TWorkflow>(WorkflowHistory history, params IWorkerInterceptor[] more)
    {
        var observer = new ReplayObserver();
        // DebugMode turns off the SDK's 2 s deadlock timer: with a HandlerProbe calling queries and validators at every
        // activation, a busy CI machine stalled one activation past it (a false "deadlocked"). FrozenHistoryTests keep
        // the timer on, so real blocking in workflow code is still caught there.
        var replayer = new WorkflowReplayer(new WorkflowReplayerOptions { Interceptors = [observer, .. more], DebugMode = true, DataConverter = PayloadJson.DataConverter }.AddWorkflow<TWorkflow>());
        await replayer.ReplayWorkflowAsync(history);
        return observer;
    }

    public WorkflowInboundInterceptor InterceptWorkflow(WorkflowInboundInterceptor nextInterceptor) => new Inbound(nextInterceptor, this);

    private void Capture()
    {
        foreach (var key in PipelineSearchAttributes.All.OfType<SearchAttributeKey<string>>())
        {
            if (Workflow.TypedSearchAttributes.TryGetValue(key, out var value))
            {
                SearchAttributes[key.Name] = value;
            }
        }

        if (Workflow.Memo.TryGetValue(PipelineSearchAttributes.SnapshotMemo, out var memo))
        {
            SnapshotMemo = (string?)Workflow.PayloadConverter.ToValue(memo.Payload, typeof(string));
        }

        CurrentDetails = Workflow.CurrentDetails;
        RunId = Workflow.Info.RunId;
    }

    private sealed class Inbound(WorkflowInboundInterceptor next, ReplayObserver observer) : WorkflowInboundInterceptor(next)
    {
        public override void Init(WorkflowOutboundInterceptor outbound) => base.Init(new Outbound(outbound, observer));

        public override async Task<object?> ExecuteWorkflowAsync(ExecuteWorkflowInput input)
        {
            try
            {
                var result = await base.ExecuteWorkflowAsync(input);
                observer.Outcome = new(result, null);
                return result;
            }
            catch (Exception e)
            {
                observer.Outcome = new(null, e);
                throw;
            }
            finally
            {
                observer.Capture();
            }
        }
    }

    private sealed class Outbound(WorkflowOutboundInterceptor next, ReplayObserver observer) : WorkflowOutboundInterceptor(next)
    {
        public override Task<TResult> ScheduleActivityAsync<TResult>(ScheduleActivityInput input)
        {
            observer.Scheduled.Add(input.Activity);
            observer.Arguments.Add(input.Args);
            observer.Summaries.Add(input.Options.Summary);
            observer.Options.Add(input.Options);
            observer.Capture();
            return base.ScheduleActivityAsync<TResult>(input);
        }

        public override Task DelayAsync(DelayAsyncInput input)
        {
            observer.Timers.Add(input.Delay);
            return base.DelayAsync(input);
        }

        public override ContinueAsNewException CreateContinueAsNewException(CreateContinueAsNewExceptionInput input)
        {
            observer.ContinuedAsNewWith = input.Args;
            return base.CreateContinueAsNewException(input);
        }

        public override Task<ChildWorkflowHandle<TWorkflow, TResult>> StartChildWorkflowAsync<TWorkflow, TResult>(StartChildWorkflowInput input)
        {
            observer.StartedChildren.Add(input.Options.Id ?? string.Empty);
            return base.StartChildWorkflowAsync<TWorkflow, TResult>(input);
        }
    }
}

public sealed record WorkflowOutcome(object? Result, Exception? Error);
