using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PantryPilot.Inference;
using PantryPilot.Inference.Evaluation;
using PantryPilot.Inference.Hosting;
using Temporalio.Extensions.Hosting;

namespace PantryPilot.InferenceWorker;

public static class InferenceWorkerExtensions
{
    /// <summary>The hosted Temporal worker on the inference task queue; concurrency matches the generation gate.</summary>
    public static IServiceCollection AddInferenceWorker(this IServiceCollection services, IConfiguration configuration, string address, InferenceOptions options)
    {
        var ns = configuration["TEMPORAL_NAMESPACE"] ?? "default";
        services
            .AddHostedTemporalWorker(address, ns, options.TaskQueue)
            .AddScopedActivities<RecipeInferenceActivities>()
            .AddScopedActivities<CheckpointEvaluationActivities>()
            .AddScopedActivities<PantryPilot.Inference.Teaching.InferencePoolTeacherActivities>()
            .ConfigureOptions(o => o.MaxConcurrentActivities = options.MaxConcurrentActivities);
        return services;
    }
}
