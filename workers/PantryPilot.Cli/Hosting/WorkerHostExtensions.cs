using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry.Trace;
using PantryPilot.Activities;
using PantryPilot.Activities.RecipeModel;
using PantryPilot.Activities.Training;
using PantryPilot.Domain.Storage;
using PantryPilot.Hosting;
using PantryPilot.Hosting.Telemetry;
using PantryPilot.Workflows.DataPipeline;
using PantryPilot.Workflows.RecipeModel;
using Temporalio.Extensions.Hosting;

namespace PantryPilot.Cli.Hosting;

/// <summary>Registrations of the `pantrypilot worker` host (and of the worker `pipeline run --temporal`
/// starts).</summary>
public static class WorkerHostExtensions
{
    /// <summary>How long running activities get to finish (or heartbeat out) when the worker is asked to
    /// stop.</summary>
    public static readonly TimeSpan GracefulShutdown = TimeSpan.FromSeconds(60);

    /// <summary>A host for the pipeline worker, with console logs and OpenTelemetry; with
    /// <paramref name="households"/>, also the workers of the households and retraining queues (not for a run on a task
    /// queue of its own).</summary>
    public static IHost BuildWorkerHost(
        TemporalOptions options,
        IConfiguration configuration,
        DataRoot dataRoot,
        bool otelConsole,
        bool households = true)
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
        builder.Services.AddPantryPilotTelemetry(configuration, otelConsole, "pantrypilot-worker", t => t.AddNpgsql());
        builder.Services.AddPantryPilotWorker(options, configuration, dataRoot);
        if (households)
        {
            builder.Services.AddHouseholdWorker(options, configuration, dataRoot);
            builder.Services.AddRetrainingWorker(options, configuration, dataRoot);
        }

        return builder.Build();
    }

    /// <summary>The hosted Temporal worker: every workflow and every main-queue activity class (scoped, so each
    /// activity gets fresh dependencies) on <paramref name="options"/>' task queue, with its connection and activity
    /// slots (<see cref="TemporalOptions.ActivitySlots"/>); the configuration's options are validated on
    /// start. The activities resolve payload locations under <paramref name="dataRoot"/>.</summary>
    public static IServiceCollection AddPantryPilotWorker(
        this IServiceCollection services,
        TemporalOptions options,
        IConfiguration configuration,
        DataRoot dataRoot)
    {
        services.AddTemporalOptions(configuration, TemporalDefaults.Client);
        services.AddPipelineActivities(configuration, dataRoot);
        services.AddRecipeModelActivities(configuration, dataRoot);
        services.AddModelTrainingActivities(configuration, dataRoot);
        services.AddModelTrainingWorker(options, configuration);
        services.AddNotificationsWorker(options, configuration);
        var worker = services.AddTemporalWorker(options, o => o.GracefulShutdownTimeout = GracefulShutdown)
            .AddWorkflow<DataPipelineWorkflow>()
            .AddWorkflow<PantrySensorWorkflow>()
            .AddWorkflow<ScheduledPipelineWorkflow>()
            .AddWorkflow<RecipeModelWorkflow>();
        foreach (var type in ActivitiesServiceCollectionExtensions.PipelineActivityTypes
            .Concat(RecipeModelRegistration.ActivityTypes)
            .Concat(TrainingRegistration.MainQueueActivityTypes))
        {
            worker.AddScopedActivities(type);
        }

        return services;
    }
}
