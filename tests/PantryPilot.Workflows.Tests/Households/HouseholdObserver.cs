using Temporalio.Worker.Interceptors;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Tests.Households;

/// <summary>Records what the household workflow code did during a replay: activities (type, argument, options), timer
/// durations, the continue-as-new argument and how the run ended. It checks nothing itself.</summary>
public sealed class HouseholdObserver : IWorkerInterceptor
{
    public List<string> Scheduled { get; } = [];

    public List<object?> Arguments { get; } = [];

    public List<ActivityOptions> Options { get; } = [];

    public List<TimeSpan> Timers { get; } = [];

    public object? ContinuedAsNewWith { get; private set; }

    public object? Result { get; private set; }

    public Exception? Error { get; private set; }

    public WorkflowInboundInterceptor InterceptWorkflow(WorkflowInboundInterceptor nextInterceptor) => new Inbound(nextInterceptor, this);

    private sealed class Inbound(WorkflowInboundInterceptor next, HouseholdObserver observer) : WorkflowInboundInterceptor(next)
    {
        public override void Init(WorkflowOutboundInterceptor outbound) => base.Init(new Outbound(outbound, observer));

        public override async Task<object?> ExecuteWorkflowAsync(ExecuteWorkflowInput input)
        {
            try
            {
                observer.Result = await base.ExecuteWorkflowAsync(input);
                return observer.Result;
            }
            catch (Exception e)
            {
                observer.Error = e;
                throw;
            }
        }
    }

    private sealed class Outbound(WorkflowOutboundInterceptor next, HouseholdObserver observer) : WorkflowOutboundInterceptor(next)
    {
        public override Task<TResult> ScheduleActivityAsync<TResult>(ScheduleActivityInput input)
        {
            observer.Scheduled.Add(input.Activity);
            observer.Arguments.Add(input.Args.FirstOrDefault());
            observer.Options.Add(input.Options);
            return base.ScheduleActivityAsync<TResult>(input);
        }

        public override Task DelayAsync(DelayAsyncInput input)
        {
            observer.Timers.Add(input.Delay);
            return base.DelayAsync(input);
        }

        public override ContinueAsNewException CreateContinueAsNewException(CreateContinueAsNewExceptionInput input)
        {
            observer.ContinuedAsNewWith = input.Args.FirstOrDefault();
            return base.CreateContinueAsNewException(input);
        }
    }
}
