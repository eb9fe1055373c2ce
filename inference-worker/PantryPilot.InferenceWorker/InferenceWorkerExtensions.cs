using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PantryPilot.Domain.Storage;
using PantryPilot.Hosting;
using PantryPilot.Inference;
using PantryPilot.Inference.Evaluation;
using Temporalio.Extensions.Hosting;

namespace PantryPilot.InferenceWorker;

public static class InferenceWorkerExtensions
{
    /// <summary>How long running generations get to finish when the host is asked to stop (launchd and Kubernetes
    /// wait 75 s before they kill).</summary>
    public static readonly TimeSpan GracefulShutdown = TimeSpan.FromSeconds(60);

    /// <summary>The hosted Temporal worker on <paramref name="temporal"/>' task queue, through the same registration
    /// the pipeline worker uses: connection (API key, TLS), and activity slots equal to the generation gate. Payload
    /// locations (and the registry's adapter paths) resolve under <paramref name="dataRoot"/>.</summary>
    public static IServiceCollection AddInferenceWorker(
        this IServiceCollection services,
        TemporalOptions temporal,
        DataRoot dataRoot)
    {
        services.AddSingleton(dataRoot);
        services.Configure<HostOptions>(o => o.ShutdownTimeout = GracefulShutdown + TimeSpan.FromSeconds(10));
        services
            .AddTemporalWorker(temporal, o => o.GracefulShutdownTimeout = GracefulShutdown)
            .AddScopedActivities<RecipeInferenceActivities>()
            .AddScopedActivities<CheckpointEvaluationActivities>()
            .AddScopedActivities<PantryPilot.Inference.Teaching.InferencePoolTeacherActivities>();

        // Households' recipe requests on a queue of their own: never behind evaluation shards or teacher batches.
        services
            .AddTemporalWorker(
                temporal with { TaskQueue = Contracts.Serving.ServingNames.TaskQueue },
                o => o.GracefulShutdownTimeout = GracefulShutdown)
            .AddScopedActivities<PantryPilot.Inference.Serving.RecipeServingActivities>()
            .AddScopedActivities<PantryPilot.Inference.Serving.ServedModelActivities>();
        return services;
    }
}
