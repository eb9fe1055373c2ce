using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Contracts.Payloads;
using Temporalio.Common;
using Temporalio.Exceptions;
using Temporalio.Worker;
using Temporalio.Worker.Interceptors;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Tests.Support;

/// <summary>Replays one history against the real workflow code with the SDK's own <see cref="WorkflowReplayer"/>
/// and records what the code did: the activities it scheduled (name, options, input and Web UI summary), the children
/// it started, how it ended, and the search attributes, memo and current details it left. Drift in a command's kind,
/// activity type, activity id or child id surfaces as the SDK's <see cref="WorkflowNondeterminismException"/> (the
/// builder writes the core flags that turn those checks on); drift in what the SDK does not check (queues, timeouts,
/// retry policies, inputs, child options, timer durations) as <see cref="HistoryDriftException"/>
/// (<see cref="HistoryComparison"/>); a search attribute the namespace has not registered fails the replay too.</summary>
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

    /// <summary>The options and arguments of each child the workflow code started, in order.</summary>
    public List<(ChildWorkflowOptions Options, IReadOnlyCollection<object?> Args)> Children { get; } = [];

    /// <summary>Search attributes the workflow code set that the namespace has not registered.</summary>
    public List<string> UnregisteredSearchAttributes { get; } = [];

    /// <summary>Arguments of the continue-as-new the workflow asked for, if any.</summary>
    public IReadOnlyCollection<object?>? ContinuedAsNewWith { get; private set; }

    public WorkflowOutcome? Outcome { get; private set; }

    /// <summary>The pipeline's search attributes when the workflow code ended (or yielded for the last time).</summary>
    public Dictionary<string, string> SearchAttributes { get; } = [];

    /// <summary>The snapshot memo when the workflow code ended, if set.</summary>
    public string? SnapshotMemo { get; private set; }

    public string? CurrentDetails { get; private set; }

    /// <param name="more">Further interceptors, e.g. a <see cref="HandlerProbe"/> that calls queries and validators.</param>
    public static Task<ReplayObserver> ReplayAsync<TWorkflow>(WorkflowHistory history, params IWorkerInterceptor[] more) =>
        ReplayAsync(history, [typeof(TWorkflow)], deadlockDetection: false, more);

    /// <summary>Replays <paramref name="history"/> with every type in <paramref name="workflows"/> registered, then
    /// compares what the code asked for with what the history records (<see cref="HistoryComparison"/>).</summary>
    /// <param name="deadlockDetection">Keep the SDK's 2 s deadlock timer. Off by default: with a HandlerProbe calling
    /// queries and validators at every activation, a busy CI machine stalled one activation past it (a false
    /// "deadlocked"). The frozen-history tests keep it on, so real blocking in workflow code is still caught.</param>
    public static async Task<ReplayObserver> ReplayAsync(WorkflowHistory history, IReadOnlyList<Type> workflows, bool deadlockDetection, params IWorkerInterceptor[] more)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(workflows);
        var observer = new ReplayObserver();
        var options = new WorkflowReplayerOptions { Interceptors = [observer, .. more], DebugMode = !deadlockDetection, DataConverter = PayloadJson.DataConverter };
        foreach (var workflow in workflows)
        {
            options.AddWorkflow(workflow);
        }

        await new WorkflowReplayer(options).ReplayWorkflowAsync(history);
        if (observer.UnregisteredSearchAttributes.Count > 0)
        {
            throw new InvalidOperationException($"the workflow code set search attributes the namespace has not registered: {string.Join(", ", observer.UnregisteredSearchAttributes)}");
        }

        HistoryComparison.AssertMatches(history, observer);
        return observer;
    }

    public WorkflowInboundInterceptor InterceptWorkflow(WorkflowInboundInterceptor nextInterceptor) => new Inbound(nextInterceptor, this);

    private void Capture()
    {
        foreach (var key in Workflow.TypedSearchAttributes.UntypedValues.Keys)
        {
            if (!RegisteredSearchAttributes.IsRegistered(key.Name) && !UnregisteredSearchAttributes.Contains(key.Name))
            {
                UnregisteredSearchAttributes.Add(key.Name);
            }
        }

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
            observer.Children.Add((input.Options, input.Args));
            return base.StartChildWorkflowAsync<TWorkflow, TResult>(input);
        }
    }
}

public sealed record WorkflowOutcome(object? Result, Exception? Error);
