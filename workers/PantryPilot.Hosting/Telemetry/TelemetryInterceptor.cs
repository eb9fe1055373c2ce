using System.Diagnostics;
using Temporalio.Activities;
using Temporalio.Exceptions;
using Temporalio.Worker.Interceptors;

namespace PantryPilot.Hosting.Telemetry;

/// <summary>One span and one duration measurement per activity attempt, tagged with the activity type, workflow id and
/// attempt. Every worker PantryPilot runs carries it (<see cref="TemporalHostingExtensions.AddTemporalWorker"/>): the
/// pipeline worker, the training worker and the inference pool. Workflow code gets no spans on purpose: workflow code
/// is replayed, so a span started there would be emitted again on every replay (or needs replay-aware bookkeeping the
/// official extension does); the activity spans, whose parent is the workflow id tag, are what an operator needs to see
/// where time goes.</summary>
public sealed class TelemetryInterceptor : IWorkerInterceptor
{
    public ActivityInboundInterceptor InterceptActivity(ActivityInboundInterceptor nextInterceptor)
        => new Inbound(nextInterceptor);

    private sealed class Inbound(ActivityInboundInterceptor next) : ActivityInboundInterceptor(next)
    {
        public override async Task<object?> ExecuteActivityAsync(ExecuteActivityInput input)
        {
            var info = ActivityExecutionContext.Current.Info;
            var tags = new TagList
            {
                { "temporal.activity.type", info.ActivityType },
                { "temporal.workflow.type", info.WorkflowType },
            };
            using var span = WorkerTelemetry.Source.StartActivity(
                $"RunActivity:{info.ActivityType}",
                ActivityKind.Internal);
            span?.SetTag("temporal.activity.type", info.ActivityType);
            span?.SetTag("temporal.activity.id", info.ActivityId);
            span?.SetTag("temporal.workflow.id", info.WorkflowId);
            span?.SetTag("temporal.attempt", info.Attempt);
            var started = Stopwatch.GetTimestamp();
            try
            {
                var result = await base.ExecuteActivityAsync(input);
                WorkerTelemetry.ActivityCompleted.Add(1, tags);
                return result;
            }
            catch (Exception e)
            {
                var outcome = TemporalException.IsCanceledException(e) || e is OperationCanceledException
                    ? "cancelled"
                    : e.GetType().Name;
                tags.Add("error.type", outcome);
                WorkerTelemetry.ActivityFailures.Add(1, tags);
                span?.SetStatus(ActivityStatusCode.Error, e.Message);
                span?.SetTag("error.type", outcome);
                throw;
            }
            finally
            {
                WorkerTelemetry.ActivityDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
            }
        }
    }
}
