using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PantryPilot.Activities.Training;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Hosting;
using Temporalio.Extensions.Hosting;

namespace PantryPilot.Cli.Hosting;

public static class ModelTrainingWorker
{
    /// <summary>A second hosted worker on the model-training task queue, only on hosts with a trainer configured
    /// (Training:Trainer): one training at a time, generous shutdown so a checkpoint in flight is copied.</summary>
    public static IServiceCollection AddModelTrainingWorker(
        this IServiceCollection services,
        TemporalOptions settings,
        IConfiguration configuration)
    {
        if (!TrainerOptions.From(configuration).IsConfigured)
        {
            return services;
        }

        services.AddTemporalWorker(
                settings with { TaskQueue = TrainingNames.TaskQueue, MaxConcurrentActivities = 1 },
                o => o.GracefulShutdownTimeout = WorkerHostExtensions.GracefulShutdown)
            .AddScopedActivities<TrainingActivities>();
        return services;
    }
}
