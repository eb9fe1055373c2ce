using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.Storage;

namespace PantryPilot.Activities.Training;

public static class TrainingRegistration
{
    /// <summary>Part 2's classes on the main task queue (the train activity has a queue of its own, model-training,
    /// polled only where a trainer is configured; checkpoint evaluation runs on the inference pool).</summary>
    public static readonly IReadOnlyList<Type> MainQueueActivityTypes = [
        typeof(EvaluationReportActivities),
        typeof(PromotionActivities)];

    /// <summary>What the in-process run may call from this assembly: everything above plus the train
    /// activity.</summary>
    public static readonly IReadOnlyList<Type> InProcessActivityTypes = [
        typeof(TrainingActivities),
        .. MainQueueActivityTypes];

    /// <summary>Part 2's activities on this side of the system (train, evaluation bookkeeping, promote), also under the
    /// interfaces the shared flow asks for. Bad Training configuration fails here, at start-up, not at the first
    /// run.</summary>
    public static IServiceCollection AddModelTrainingActivities(
        this IServiceCollection services,
        IConfiguration configuration,
        DataRoot dataRoot)
    {
        services.TryAddSingleton(dataRoot);
        var options = TrainerOptions.From(configuration);
        var problems = options.Problems();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("invalid training configuration: " + string.Join("; ", problems));
        }

        services.AddSingleton(options);
        services.AddSingleton(PromotionGateOptions.From(configuration));
        services.AddTransient<TrainingActivities>();
        services.AddTransient<ITrainingActivities>(sp => sp.GetRequiredService<TrainingActivities>());
        services.AddTransient<EvaluationReportActivities>();
        services.AddTransient<IEvaluationReportActivities>(sp => sp.GetRequiredService<EvaluationReportActivities>());
        services.AddTransient<PromotionActivities>();
        services.AddTransient<IPromotionActivities>(sp => sp.GetRequiredService<PromotionActivities>());
        services.AddTransient<IPromotionGateActivities>(sp => sp.GetRequiredService<PromotionActivities>());
        return services;
    }
}
