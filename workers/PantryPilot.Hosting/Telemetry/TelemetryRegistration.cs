using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace PantryPilot.Hosting.Telemetry;

/// <summary>OpenTelemetry for every PantryPilot host: the workers' spans and metrics (<see cref="WorkerTelemetry"/>)
/// and the SDK's runtime metrics (<see cref="SdkMetricsBridge"/>), exported over OTLP when
/// OTEL_EXPORTER_OTLP_ENDPOINT is set, to the console when asked; nothing is exported otherwise.</summary>
public static class TelemetryRegistration
{
    /// <summary>Set: traces and metrics are exported over OTLP (the OpenTelemetry SDK reads the endpoint from
    /// it).</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The service name traces and metrics carry (default: the host's own).</summary>
    public const string ServiceNameVariable = "OTEL_SERVICE_NAME";

    /// <param name="serviceName">The service name when OTEL_SERVICE_NAME is unset.</param>
    /// <param name="tracing">More sources for the host's traces (the pipeline worker adds Npgsql).</param>
    public static IServiceCollection AddPantryPilotTelemetry(
        this IServiceCollection services,
        IConfiguration configuration,
        bool console,
        string serviceName,
        Action<TracerProviderBuilder>? tracing = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointVariable]);
        if (!otlp && !console)
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(configuration[ServiceNameVariable] ?? serviceName))
            .WithTracing(t =>
            {
                t.AddSource(WorkerTelemetry.Name);
                tracing?.Invoke(t);
                if (otlp)
                {
                    t.AddOtlpExporter();
                }

                if (console)
                {
                    t.AddConsoleExporter();
                }
            })
            .WithMetrics(m =>
            {
                m.AddMeter(WorkerTelemetry.Name, SdkMetricsBridge.MeterName);
                if (otlp)
                {
                    m.AddOtlpExporter();
                }

                if (console)
                {
                    m.AddConsoleExporter();
                }
            });
        return services;
    }
}
