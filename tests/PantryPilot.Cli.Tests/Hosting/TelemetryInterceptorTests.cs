using System.Diagnostics;
using System.Diagnostics.Metrics;
using PantryPilot.Hosting.Telemetry;
using Temporalio.Activities;
using Temporalio.Testing;
using Temporalio.Worker.Interceptors;

namespace PantryPilot.Cli.Tests.Hosting;

/// <summary>The worker interceptor, run inside <see cref="ActivityEnvironment"/> (a real activity context, no server).</summary>
public class TelemetryInterceptorTests
{
    [Fact]
    public async Task ExecuteActivity_Completes_RecordsSpanAndDuration()
    {
        using var capture = new Capture();
        var env = new ActivityEnvironment { Info = ActivityEnvironment.DefaultInfo with { ActivityType = "Ingest", WorkflowId = "pantry-pipeline-2026-03-01" } };

        var result = await env.RunAsync(() => Intercept(_ => Task.FromResult<object?>("done")));

        Assert.Equal("done", result);
        var span = Assert.Single(capture.Spans);
        Assert.Equal("RunActivity:Ingest", span.DisplayName);
        Assert.Equal("pantry-pipeline-2026-03-01", span.GetTagItem("temporal.workflow.id"));
        Assert.Contains(capture.Measurements, m => m.Name == "pantrypilot.activity.duration" && m.Tags.Contains("Ingest"));
        Assert.Contains(capture.Measurements, m => m.Name == "pantrypilot.activity.completed");
        Assert.DoesNotContain(capture.Measurements, m => m.Name == "pantrypilot.activity.failures");
    }

    [Fact]
    public async Task ExecuteActivity_CancelledWhileHeartbeating_CountsCancellationAndRethrows()
    {
        using var capture = new Capture();
        var heartbeats = 0;
        var env = new ActivityEnvironment
        {
            Info = ActivityEnvironment.DefaultInfo with { ActivityType = "Transform" },
            Heartbeater = _ => Interlocked.Increment(ref heartbeats),
        };

        var run = env.RunAsync(() => Intercept(async _ =>
        {
            var ctx = ActivityExecutionContext.Current;
            while (true)
            {
                ctx.Heartbeat(heartbeats);
                await Task.Delay(10, ctx.CancellationToken);
            }
        }));
        while (Volatile.Read(ref heartbeats) < 3)
        {
            await Task.Delay(5);
        }

        env.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Contains(capture.Measurements, m => m.Name == "pantrypilot.activity.failures" && m.Tags.Contains("cancelled"));
        Assert.Equal(ActivityStatusCode.Error, Assert.Single(capture.Spans).Status);
    }

    private static Task<object?> Intercept(Func<ExecuteActivityInput, Task<object?>> body)
    {
        var inbound = new TelemetryInterceptor().InterceptActivity(new Terminal(body));
        return inbound.ExecuteActivityAsync(new ExecuteActivityInput(null!, [], null));
    }

    // The innermost interceptor: stands in for the SDK's, which would invoke the activity method.
    private sealed class Terminal(Func<ExecuteActivityInput, Task<object?>> body) : ActivityInboundInterceptor(null!)
    {
        public override Task<object?> ExecuteActivityAsync(ExecuteActivityInput input) => body(input);
    }

    private sealed record Measurement(string Name, string Tags);

    /// <summary>Listens to the worker's ActivitySource and Meter for the duration of one test.</summary>
    private sealed class Capture : IDisposable
    {
        private readonly ActivityListener spans;
        private readonly MeterListener meters = new();

        public Capture()
        {
            spans = new()
            {
                ShouldListenTo = s => s.Name == WorkerTelemetry.Name,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = a => Spans.Add(a),
            };
            ActivitySource.AddActivityListener(spans);
            meters.InstrumentPublished = (i, l) =>
            {
                if (i.Meter.Name == WorkerTelemetry.Name)
                {
                    l.EnableMeasurementEvents(i);
                }
            };
            meters.SetMeasurementEventCallback<double>((i, _, tags, _) => Add(i, tags));
            meters.SetMeasurementEventCallback<long>((i, _, tags, _) => Add(i, tags));
            meters.Start();
        }

        public List<Activity> Spans { get; } = [];

        public List<Measurement> Measurements { get; } = [];

        public void Dispose()
        {
            spans.Dispose();
            meters.Dispose();
        }

        private void Add(Instrument i, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var text = string.Join(",", tags.ToArray().Select(t => $"{t.Key}={t.Value}"));
            lock (Measurements)
            {
                Measurements.Add(new(i.Name, text));
            }
        }
    }
}
