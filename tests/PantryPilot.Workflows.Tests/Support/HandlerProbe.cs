using Temporalio.Worker.Interceptors;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Tests.Support;

/// <summary>Calls a workflow's query handlers and update validators during a replay, at the moments a live client could:
/// whenever the workflow code starts a timer (it then waits), schedules an activity, and when it ends. A replay never
/// runs validators (the history holds only accepted updates) and never answers queries, so without this they would go
/// untested here (no Temporal server or test server exists on these machines). The calls go through the SDK's own inbound interceptor
/// chain with the definitions the SDK registered from the attributes (<see cref="Workflow.Queries"/>,
/// <see cref="Workflow.Updates"/>), i.e. the same reflection path a live worker takes; the replay then goes on, so a
/// validator or query that changed the workflow's state would make the rest of the history fail to replay.</summary>
/// <param name="atWait">Called each time the workflow code starts a timer.</param>
/// <param name="atEnd">Called when the workflow code returns or throws.</param>
/// <param name="atActivity">Called each time the workflow code schedules an activity (with the activity type).</param>
public sealed class HandlerProbe(Action<HandlerProbe.Calls> atWait, Action<HandlerProbe.Calls>? atEnd = null, Action<string, HandlerProbe.Calls>? atActivity = null) : IWorkerInterceptor
{
    private readonly Action<Calls> onWait = atWait;
    private readonly Action<Calls>? onEnd = atEnd;
    private readonly Action<string, Calls>? onActivity = atActivity;

    /// <summary>How many times the workflow code started a timer (each probed through <c>atWait</c>).</summary>
    public int Waits { get; private set; }

    public WorkflowInboundInterceptor InterceptWorkflow(WorkflowInboundInterceptor nextInterceptor) => new Inbound(nextInterceptor, this);

    /// <summary>Handler calls from inside the workflow's context, at the current point of the replay.</summary>
    public sealed class Calls
    {
        private readonly WorkflowInboundInterceptor nextInterceptor;

        internal Calls(WorkflowInboundInterceptor next, int wait)
        {
            nextInterceptor = next;
            Wait = wait;
        }

        /// <summary>1 for the first timer the workflow started, 2 for the second, ...; 0 at the end.</summary>
        public int Wait { get; }

        public object? Query(string name) =>
            nextInterceptor.HandleQuery(new("probe-query", name, Workflow.Queries[name], [], null));

        /// <summary>Runs the update's validator; returns what it threw (null: accepted).</summary>
        public Exception? Validate(string update, object? argument)
        {
            try
            {
                nextInterceptor.ValidateUpdate(new("probe-update", update, Workflow.Updates[update], [argument], null));
                return null;
            }
            catch (Exception e)
            {
                return e;
            }
        }
    }

    private sealed class Inbound(WorkflowInboundInterceptor next, HandlerProbe probe) : WorkflowInboundInterceptor(next)
    {
        public override void Init(WorkflowOutboundInterceptor outbound) => base.Init(new Outbound(outbound, probe, Next));

        public override async Task<object?> ExecuteWorkflowAsync(ExecuteWorkflowInput input)
        {
            try
            {
                return await base.ExecuteWorkflowAsync(input);
            }
            finally
            {
                probe.onEnd?.Invoke(new Calls(Next, 0));
            }
        }
    }

    private sealed class Outbound(WorkflowOutboundInterceptor next, HandlerProbe probe, WorkflowInboundInterceptor inbound) : WorkflowOutboundInterceptor(next)
    {
        public override Task DelayAsync(DelayAsyncInput input)
        {
            probe.Waits++;
            probe.onWait(new Calls(inbound, probe.Waits));
            return base.DelayAsync(input);
        }

        public override Task<TResult> ScheduleActivityAsync<TResult>(ScheduleActivityInput input)
        {
            probe.onActivity?.Invoke(input.Activity, new Calls(inbound, probe.Waits));
            return base.ScheduleActivityAsync<TResult>(input);
        }
    }
}
