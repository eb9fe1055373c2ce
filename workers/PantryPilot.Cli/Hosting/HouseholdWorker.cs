using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PantryPilot.Activities.Households;
using PantryPilot.Contracts;
using PantryPilot.Domain.Storage;
using PantryPilot.Hosting;
using PantryPilot.Workflows.Households;
using Temporalio.Extensions.Hosting;

namespace PantryPilot.Cli.Hosting;

public static class HouseholdWorker
{
    /// <summary>A second hosted worker on the households task queue: the household workflow (with its rules handed in)
    /// and its database and notifier activities, so a household's update never waits for a pipeline stage's slot.
    /// The recipe generation itself runs on the model pool's serving queue.</summary>
    public static IServiceCollection AddHouseholdWorker(
        this IServiceCollection services,
        TemporalOptions settings,
        IConfiguration configuration,
        DataRoot dataRoot)
    {
        // The embedded store and the notifier's files live in the data root's data/ folder.
        services.AddHouseholdActivities(configuration, dataRoot.Resolve("data"));
        services.AddTemporalWorker(settings with { TaskQueue = TaskQueues.Households }, o =>
            {
                o.GracefulShutdownTimeout = WorkerHostExtensions.GracefulShutdown;
                o.Workflows.Add(HouseholdWorkflowDefinition.Create(HouseholdRules.Default));
            })
            .AddScopedActivities<HouseholdActivities>()
            .AddSingletonActivities<FileHouseholdNotifier>();
        return services;
    }
}
