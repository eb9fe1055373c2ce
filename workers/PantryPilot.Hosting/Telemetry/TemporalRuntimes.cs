using System.Diagnostics.Metrics;
using Temporalio.Runtime;

namespace PantryPilot.Hosting.Telemetry;

/// <summary>The one Temporal runtime of a PantryPilot process: every client and worker connection uses it (<see
/// cref="TemporalOptions.ApplyTo"/>), so the SDK's runtime metrics of all of them go to the <see
/// cref="SdkMetricsBridge.MeterName"/> meter (durations in seconds, as OpenTelemetry's conventions have
/// them).</summary>
public static class TemporalRuntimes
{
    /// <summary>The meter the SDK's metrics are recorded on.</summary>
    public static readonly Meter SdkMeter = new(SdkMetricsBridge.MeterName);

    private static readonly Lazy<TemporalRuntime> Shared = new(() => new TemporalRuntime(new TemporalRuntimeOptions(
        new TelemetryOptions
        {
            Metrics = new MetricsOptions
            {
                CustomMetricMeter = new SdkMetricsBridge(SdkMeter),
                CustomMetricMeterOptions = new CustomMetricMeterOptions
                {
                    HistogramDurationFormat = CustomMetricMeterOptions.DurationFormat.FloatSeconds,
                },
            },
        })));

    public static TemporalRuntime Process => Shared.Value;
}
