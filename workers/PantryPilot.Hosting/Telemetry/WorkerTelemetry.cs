using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PantryPilot.Hosting.Telemetry;

/// <summary>The workers' own traces and metrics (Temporalio.Extensions.OpenTelemetry is not available here); the SDK's
/// runtime metrics come through <see cref="SdkMetricsBridge"/> under their own meter.</summary>
public static class WorkerTelemetry
{
    public const string Name = "PantryPilot.Worker";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    public static readonly Histogram<double> ActivityDuration = Meter.CreateHistogram<double>(
        "pantrypilot.activity.duration",
        "s",
        "Duration of one activity attempt");

    public static readonly Counter<long> ActivityFailures = Meter.CreateCounter<long>(
        "pantrypilot.activity.failures",
        description: "Activity attempts that threw");

    public static readonly Counter<long> ActivityCompleted = Meter.CreateCounter<long>(
        "pantrypilot.activity.completed",
        description: "Activity attempts that completed");
}
