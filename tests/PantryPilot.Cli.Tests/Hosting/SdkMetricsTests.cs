using System.Diagnostics.Metrics;
using PantryPilot.Hosting.Telemetry;

namespace PantryPilot.Cli.Tests.Hosting;

/// <summary>The SDK's runtime metrics reach System.Diagnostics.Metrics (and so OpenTelemetry): a metric recorded on the
/// process's Temporal runtime goes through the SDK's core and comes back on the "Temporalio" meter with its tags.</summary>
public class SdkMetricsTests
{
    [Fact]
    public void RuntimeMetric_RecordedThroughTheSdk_ArrivesOnTheTemporalioMeterWithItsTags()
    {
        var seen = new List<(string Name, long Value, string Tags)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == SdkMetricsBridge.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            lock (seen)
            {
                seen.Add((instrument.Name, value, string.Join(",", tags.ToArray().Select(t => $"{t.Key}={t.Value}"))));
            }
        });
        listener.Start();
        var name = $"pantrypilot_probe_{Guid.NewGuid():N}";

        var counter = TemporalRuntimes.Process.MetricMeter.WithTags(new Dictionary<string, object> { ["queue"] = "pantry-pipeline" }).CreateCounter<long>(name);
        counter.Add(3);

        lock (seen)
        {
            var (_, value, tags) = Assert.Single(seen, m => m.Name == name);
            Assert.Equal(3, value);
            Assert.Contains("queue=pantry-pipeline", tags, StringComparison.Ordinal);
        }
    }
}
