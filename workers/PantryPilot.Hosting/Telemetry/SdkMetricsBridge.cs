using System.Diagnostics.Metrics;
using Temporalio.Runtime;

namespace PantryPilot.Hosting.Telemetry;

/// <summary>Hands the Temporal SDK's runtime metrics (workflow and activity task latencies, schedule-to-start, slots,
/// polls, sticky cache ...) to <see cref="System.Diagnostics.Metrics"/> under the meter <see cref="MeterName"/>, where
/// OpenTelemetry exports them with PantryPilot's own (Temporalio.Extensions.DiagnosticSource, which does this, is not
/// in the registry copy this project builds from). Tags travel as key/value arrays.</summary>
public sealed class SdkMetricsBridge(Meter meter) : ICustomMetricMeter
{
    public const string MeterName = "Temporalio";

    public ICustomMetricCounter<T> CreateCounter<T>(string name, string? unit, string? description)
        where T : struct => new CounterBridge<T>(meter.CreateCounter<T>(name, unit, description));

    public ICustomMetricHistogram<T> CreateHistogram<T>(string name, string? unit, string? description)
        where T : struct => new HistogramBridge<T>(meter.CreateHistogram<T>(name, unit, description));

    public ICustomMetricGauge<T> CreateGauge<T>(string name, string? unit, string? description)
        where T : struct => new GaugeBridge<T>(meter.CreateGauge<T>(name, unit, description));

    public object CreateTags(object? appendFrom, IReadOnlyCollection<KeyValuePair<string, object>> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var earlier = appendFrom as KeyValuePair<string, object?>[] ?? [];
        var added = tags.Select(t => KeyValuePair.Create(t.Key, (object?)t.Value));
        return earlier.Where(e => !tags.Any(t => t.Key == e.Key)).Concat(added).ToArray();
    }

    private static ReadOnlySpan<KeyValuePair<string, object?>> Tags(object tags) =>
        tags as KeyValuePair<string, object?>[] ?? [];

    private sealed class CounterBridge<T>(Counter<T> counter) : ICustomMetricCounter<T>
        where T : struct
    {
        public void Add(T value, object tags) => counter.Add(value, Tags(tags));
    }

    private sealed class HistogramBridge<T>(Histogram<T> histogram) : ICustomMetricHistogram<T>
        where T : struct
    {
        public void Record(T value, object tags) => histogram.Record(value, Tags(tags));
    }

    private sealed class GaugeBridge<T>(Gauge<T> gauge) : ICustomMetricGauge<T>
        where T : struct
    {
        public void Set(T value, object tags) => gauge.Record(value, Tags(tags));
    }
}
