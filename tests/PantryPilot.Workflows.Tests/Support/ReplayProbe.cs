using Temporalio.Api.Enums.V1;
using Temporalio.Common;
using Temporalio.Exceptions;
using Temporalio.Worker;
using Temporalio.Worker.Interceptors;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Tests.Support;

/// <summary>Replays one history against the real workflow code and reports how the workflow ended.
/// The SDK's core (1.21) matches commands to events by kind and count only; it does NOT compare activity type
/// names, activity ids or child workflow ids (measured: a history with renamed activities replays "fine").
/// So the probe also checks, command by command, that each scheduled activity type and each child workflow
/// type/id is the one the history recorded, and reports a mismatch as <see cref="HistoryDriftException"/>.
/// Kind/count mismatches still surface as the SDK's own <see cref="WorkflowNondeterminismException"/>.</summary>
public sealed class ReplayProbe : IWorkerInterceptor
{
    private readonly string[] _activityTypes;
    private readonly (string Type, string Id)[] _children;
    private int _nextActivity;
    private int _nextChild;
    private string? _mismatch;

    private ReplayProbe(WorkflowHistory history)
    {
        _activityTypes = history.Events.Where(e => e.EventType == EventType.ActivityTaskScheduled)
            .Select(e => e.ActivityTaskScheduledEventAttributes.ActivityType.Name).ToArray();
        _children = history.Events.Where(e => e.EventType == EventType.StartChildWorkflowExecutionInitiated)
            .Select(e => (e.StartChildWorkflowExecutionInitiatedEventAttributes.WorkflowType.Name, e.StartChildWorkflowExecutionInitiatedEventAttributes.WorkflowId)).ToArray();
    }

    /// <summary>Activity types the workflow code scheduled, in order.</summary>
    public List<string> Scheduled { get; } = [];

    /// <summary>Child workflow ids the workflow code started, in order.</summary>
    public List<string> StartedChildren { get; } = [];

    /// <summary>Arguments of the continue-as-new the workflow asked for, if any.</summary>
    public IReadOnlyCollection<object?>? ContinuedAsNewWith { get; private set; }

    public WorkflowOutcome? Outcome { get; private set; }

    public static async Task<ReplayProbe> ReplayAsync<TWorkflow>(WorkflowHistory history)
    {
        var probe = new ReplayProbe(history);
        var replayer = new WorkflowReplayer(new WorkflowReplayerOptions { Interceptors = [probe] }.AddWorkflow<TWorkflow>());
        try
        {
            await replayer.ReplayWorkflowAsync(history);
        }
        catch (InvalidWorkflowOperationException) when (probe._mismatch is not null)
        {
            // The workflow code tripped over results recorded for another activity: the drift is the cause.
        }

        return probe._mismatch is null ? probe : throw new HistoryDriftException(probe._mismatch);
    }

    public WorkflowInboundInterceptor InterceptWorkflow(WorkflowInboundInterceptor nextInterceptor) => new Inbound(nextInterceptor, this);

    // Recorded, not thrown: the replay goes on so that a kind/count mismatch is still reported by the SDK itself.
    private void Fail(string mismatch) => _mismatch ??= mismatch;

    private sealed class Inbound(WorkflowInboundInterceptor next, ReplayProbe probe) : WorkflowInboundInterceptor(next)
    {
        public override void Init(WorkflowOutboundInterceptor outbound) => base.Init(new Outbound(outbound, probe));

        public override async Task<object?> ExecuteWorkflowAsync(ExecuteWorkflowInput input)
        {
            try
            {
                var result = await base.ExecuteWorkflowAsync(input);
                probe.Outcome = new(result, null);
                return result;
            }
            catch (Exception e)
            {
                probe.Outcome = new(null, e);
                throw;
            }
        }
    }

    private sealed class Outbound(WorkflowOutboundInterceptor next, ReplayProbe probe) : WorkflowOutboundInterceptor(next)
    {
        public override Task<TResult> ScheduleActivityAsync<TResult>(ScheduleActivityInput input)
        {
            var index = probe._nextActivity++;
            probe.Scheduled.Add(input.Activity);
            if (index < probe._activityTypes.Length && probe._activityTypes[index] != input.Activity)
            {
                probe.Fail($"activity #{index + 1}: the code schedules '{input.Activity}', the history recorded '{probe._activityTypes[index]}'");
            }

            return base.ScheduleActivityAsync<TResult>(input);
        }

        public override ContinueAsNewException CreateContinueAsNewException(CreateContinueAsNewExceptionInput input)
        {
            probe.ContinuedAsNewWith = input.Args;
            return base.CreateContinueAsNewException(input);
        }

        public override Task<ChildWorkflowHandle<TWorkflow, TResult>> StartChildWorkflowAsync<TWorkflow, TResult>(StartChildWorkflowInput input)
        {
            var index = probe._nextChild++;
            probe.StartedChildren.Add(input.Options.Id ?? string.Empty);
            if (index < probe._children.Length && probe._children[index] != (input.Workflow, input.Options.Id ?? string.Empty))
            {
                probe.Fail($"child #{index + 1}: the code starts {input.Workflow} '{input.Options.Id}', the history recorded {probe._children[index].Type} '{probe._children[index].Id}'");
            }

            return base.StartChildWorkflowAsync<TWorkflow, TResult>(input);
        }
    }
}

public sealed record WorkflowOutcome(object? Result, Exception? Error);

/// <summary>The workflow code scheduled a different activity type or child workflow than the history recorded.</summary>
public sealed class HistoryDriftException(string message) : Exception(message);
