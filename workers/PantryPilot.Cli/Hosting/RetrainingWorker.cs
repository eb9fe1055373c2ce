using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PantryPilot.Activities.Retraining;
using PantryPilot.Contracts.Retraining;
using PantryPilot.Domain.Storage;
using PantryPilot.Hosting;
using PantryPilot.Workflows.Retraining;
using Temporalio.Extensions.Hosting;

namespace PantryPilot.Cli.Hosting;

public static class RetrainingWorker
{
    /// <summary>A hosted worker on the retraining queue: the coordinator workflow and its feedback activities (they
    /// read the households' store, so they run where the household worker does). Its recipe-model rounds run as
    /// children on the pipeline queue; its notices go to the notifier's queue.</summary>
    public static IServiceCollection AddRetrainingWorker(
        this IServiceCollection services, TemporalOptions settings, IConfiguration configuration, DataRoot dataRoot)
    {
        // The retraining activities resolve their folders under the root; the household store lives in its data/.
        services.TryAddSingleton(dataRoot);
        services.AddRetrainingActivities(configuration, dataRoot.Resolve("data"));
        services.AddTemporalWorker(settings with { TaskQueue = RetrainingNames.TaskQueue }, o =>
                o.GracefulShutdownTimeout = WorkerHostExtensions.GracefulShutdown)
            .AddWorkflow<RetrainingCoordinatorWorkflow>()
            .AddScopedActivities<RetrainingActivities>();
        return services;
    }
}
