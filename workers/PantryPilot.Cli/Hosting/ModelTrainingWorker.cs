using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PantryPilot.Activities.Training;
using PantryPilot.Contracts.RecipeModel;
using Temporalio.Extensions.Hosting;

namespace PantryPilot.Cli.Hosting;

public static class ModelTrainingWorker
{
    /// <summary>A second hosted worker on the model-training task queue, only on hosts with a trainer configured
    /// (Training:Trainer): one training at a time, generous shutdown so a checkpoint in flight is copied.</summary>
    public static IServiceCollection AddModelTrainingWorker(this IServiceCollection services, TemporalSettings settings, IConfiguration configuration)
    {
        if (!TrainerOptions.From(configuration).IsConfigured)
        {
            return services;
        }

        services.AddHostedTemporalWorker(settings.Address!, settings.Namespace, TrainingNames.TaskQueue)
            .ConfigureOptions(o =>
            {
                settings.Apply(o.ClientOptions!);
                o.MaxConcurrentActivities = 1;
                o.GracefulShutdownTimeout = WorkerHostExtensions.GracefulShutdown;
            })
            .AddScopedActivities<TrainingActivities>();
        return services;
    }
}
