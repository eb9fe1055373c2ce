using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using PantryPilot.Activities;
using PantryPilot.Activities.RecipeModel;
using PantryPilot.Activities.Training;
using PantryPilot.Hosting;
using PantryPilot.Workflows.DataPipeline;
using PantryPilot.Workflows.RecipeModel;
using Temporalio.Extensions.Hosting;

namespace PantryPilot.Cli.Hosting;

/// <summary>Registrations of the `pantrypilot worker` host (and of the worker `pipeline run --temporal` starts).</summary>
public static class WorkerHostExtensions
{
    /// <summary>Set: traces and metrics are exported over OTLP (the OpenTelemetry SDK reads the endpoint from it).</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The service name traces carry (default pantrypilot-worker).</summary>
    public const string ServiceNameVariable = "OTEL_SERVICE_NAME";

    /// <summary>How long running activities get to finish (or heartbeat out) when the worker is asked to stop.</summary>
    public static readonly TimeSpan GracefulShutdown = TimeSpan.FromSeconds(60);

    /// <summary>A host for the pipeline worker, with console logs and OpenTelemetry; with <paramref name="households"/>,
    /// also the worker of the households queue (not for a run on a task queue of its own).</summary>
    public static IHost BuildWorkerHost(TemporalOptions options, IConfiguration configuration, bool otelConsole, bool households = true)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = GracefulShutdown + TimeSpan.FromSeconds(10));
        builder.Services.AddPantryPilotTelemetry(configuration, otelConsole);
        builder.Services.AddPantryPilotWorker(options, configuration);
        if (households)
        {
            builder.Services.AddHouseholdWorker(options, configuration);
        }

        return builder.Build();
    }

    /// <summary>The hosted Temporal worker: every workflow and every main-queue activity class (scoped, so each
    /// activity gets fresh dependencies) on <paramref name="options"/>' task queue, with its connection and activity
    /// slots (<see cref="TemporalOptions.ActivitySlots"/>); the configuration's options are validated on start.</summary>
    public static IServiceCollection AddPantryPilotWorker(this IServiceCollection services, TemporalOptions options, IConfiguration configuration)
    {
        services.AddTemporalOptions(configuration, TemporalDefaults.Client);
        services.AddPipelineActivities(configuration);
        services.AddRecipeModelActivities(configuration);
        services.AddModelTrainingActivities(configuration);
        services.AddModelTrainingWorker(options, configuration);
        services.AddNotificationsWorker(options, configuration);
        var worker = services.AddTemporalWorker(options, o =>
            {
                o.GracefulShutdownTimeout = GracefulShutdown;
                o.Interceptors = [new TelemetryInterceptor()];
            })
            .AddWorkflow<DataPipelineWorkflow>()
            .AddWorkflow<PantrySensorWorkflow>()
            .AddWorkflow<ScheduledPipelineWorkflow>()
            .AddWorkflow<RecipeModelWorkflow>();
        foreach (var type in ActivitiesServiceCollectionExtensions.PipelineActivityTypes.Concat(RecipeModelRegistration.ActivityTypes).Concat(TrainingRegistration.MainQueueActivityTypes))
        {
            worker.AddScopedActivities(type);
        }

        return services;
    }

    /// <summary>Traces and metrics of <see cref="PipelineTelemetry"/> (and Npgsql): OTLP when
    /// OTEL_EXPORTER_OTLP_ENDPOINT is set, the console with <c>--otel-console</c>; nothing is exported otherwise.</summary>
    public static IServiceCollection AddPantryPilotTelemetry(this IServiceCollection services, IConfiguration configuration, bool console)
    {
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointVariable]);
        if (!otlp && !console)
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(configuration[ServiceNameVariable] ?? "pantrypilot-worker"))
            .WithTracing(t =>
            {
                t.AddSource(PipelineTelemetry.Name).AddNpgsql();
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
                m.AddMeter(PipelineTelemetry.Name);
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
