using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Contracts.Payloads;
using Temporalio.Api.Enums.V1;
using Temporalio.Api.History.V1;
using Temporalio.Client;
using Temporalio.Client.Interceptors;

namespace PantryPilot.Cli.Tests.Support;

/// <summary>A test double of the Temporal server (none can run on these machines) for one pipeline run, as a client
/// interceptor under the real SDK client: the client's handle, queries, cancel, terminate and result long-poll go
/// through the SDK's own code and stop here. It answers the progress query, records cancel and terminate requests,
/// and ends the run as the server would: cancelled once a cancel request is served (if <see cref="EndsOnCancel"/>),
/// terminated on a terminate request.</summary>
public sealed class ServerStandIn : IClientInterceptor
{
    private readonly TaskCompletionSource<HistoryEvent> closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Whether a cancel request ends the run (a worker is there to run the workflow's cancellation).</summary>
    public bool EndsOnCancel { get; init; } = true;

    /// <summary>"cancel", "terminate: reason" in the order they came.</summary>
    public List<string> Requests { get; } = [];

    /// <summary>A lazy client on an address nothing listens on: every call the tests make is answered here.</summary>
    public ITemporalClient Client() => TemporalClient.CreateLazy(new TemporalClientConnectOptions("127.0.0.1:1")
    {
        Interceptors = [this],
        DataConverter = PayloadJson.DataConverter,
    });

    public ClientOutboundInterceptor InterceptClient(ClientOutboundInterceptor nextInterceptor) => new Outbound(nextInterceptor, this);

    private void End(EventType type) => closed.TrySetResult(type switch
    {
        EventType.WorkflowExecutionCanceled => new() { EventId = 9, EventType = type, WorkflowExecutionCanceledEventAttributes = new() },
        _ => new() { EventId = 9, EventType = type, WorkflowExecutionTerminatedEventAttributes = new() { Reason = "terminated" } },
    });

    private sealed class Outbound(ClientOutboundInterceptor next, ServerStandIn server) : ClientOutboundInterceptor(next)
    {
        public override Task<TResult> QueryWorkflowAsync<TResult>(QueryWorkflowInput input) =>
            Task.FromResult((TResult)(object)PipelineProgress.Start(input.Id));

        public override Task CancelWorkflowAsync(CancelWorkflowInput input)
        {
            lock (server.Requests)
            {
                server.Requests.Add("cancel");
            }

            if (server.EndsOnCancel)
            {
                server.End(EventType.WorkflowExecutionCanceled);
            }

            return Task.CompletedTask;
        }

        public override Task TerminateWorkflowAsync(TerminateWorkflowInput input)
        {
            lock (server.Requests)
            {
                server.Requests.Add($"terminate: {input.Reason}");
            }

            server.End(EventType.WorkflowExecutionTerminated);
            return Task.CompletedTask;
        }

        public override async Task<WorkflowHistoryEventPage> FetchWorkflowHistoryEventPageAsync(FetchWorkflowHistoryEventPageInput input)
        {
            var end = await server.closed.Task.WaitAsync(input.Rpc?.CancellationToken ?? CancellationToken.None);
            return new WorkflowHistoryEventPage([end], null);
        }
    }
}
