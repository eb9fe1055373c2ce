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
using PantryPilot.Workflows.DataPipeline;
using PantryPilot.Workflows.RecipeModel;
using Temporalio.Extensions.Hosting;

namespace PantryPilot.Cli.Hosting;

/// <summary>Registrations of the `pantrypilot worker` host (and of the worker `pipeline run --temporal` starts).</summary>
public static class WorkerHostExtensions
{
    /// <summary>How long running activities get to finish (or heartbeat out) when the worker is asked to stop.</summary>
    public static readonly TimeSpan GracefulShutdown = TimeSpan.FromSeconds(60);

    /// <summary>A host for the pipeline worker, with console logs and OpenTelemetry.</summary>
    public static IHost BuildWorkerHost(TemporalSettings settings, IConfiguration configuration, bool otelConsole)
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
        builder.Services.AddPantryPilotWorker(settings, configuration);
        return builder.Build();
    }

    /// <summary>The hosted Temporal worker: every pipeline activity class (scoped, so each activity gets fresh
    /// dependencies) and both pipeline workflows, on one task queue.</summary>
    public static IServiceCollection AddPantryPilotWorker(this IServiceCollection services, TemporalSettings settings, IConfiguration configuration)
    {
        services.AddPipelineActivities(configuration);
        services.AddRecipeModelActivities(configuration);
        services.AddModelTrainingActivities(configuration);
        services.AddModelTrainingWorker(settings, configuration);
        var worker = services.AddHostedTemporalWorker(settings.Address!, settings.Namespace, settings.TaskQueue)
            .ConfigureOptions(o =>
            {
                settings.Apply(o.ClientOptions!);
                o.MaxConcurrentActivities = settings.MaxConcurrentActivities;
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
        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        if (!otlp && !console)
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(configuration["OTEL_SERVICE_NAME"] ?? "pantrypilot-worker"))
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
