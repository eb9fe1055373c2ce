using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Inference.Evaluation;
using PantryPilot.Inference.Model;
using PantryPilot.Inference.Recipes;

namespace PantryPilot.Inference.Hosting;

public static class InferenceServiceCollectionExtensions
{
    /// <summary>Options from the `Inference` section, the model host (one per process, loaded on first use), the
    /// recipe pipeline and the activity class.</summary>
    public static IServiceCollection AddRecipeInference(this IServiceCollection services, IConfiguration configuration)
    {
        var options = ReadOptions(configuration);
        services.AddSingleton(options);
        services.AddSingleton(_ => RecipeModelHost.Load(options));
        services.AddSingleton<IRecipeTextGenerator>(sp => sp.GetRequiredService<RecipeModelHost>());
        services.AddSingleton(sp => new RecipeGenerator(sp.GetRequiredService<IRecipeTextGenerator>(), options));
        services.AddSingleton<IAdapterLoader>(sp => sp.GetRequiredService<RecipeModelHost>());
        services.AddSingleton(
            sp => new CheckpointEvaluator(
                sp.GetRequiredService<IRecipeTextGenerator>(),
                sp.GetRequiredService<RecipeGenerator>(),
                options));
        services.AddSingleton<ServedModel>();
        services.AddSingleton<PromotedModelTracker>();
        services.AddHostedService<PromotedModelWatcher>();
        services.AddScoped<RecipeInferenceActivities>();
        services.AddScoped<Serving.RecipeServingActivities>();
        services.AddScoped<Serving.ServedModelActivities>();
        services.AddScoped<CheckpointEvaluationActivities>();
        services.AddScoped<ICheckpointEvaluationActivities>(
            sp => sp.GetRequiredService<CheckpointEvaluationActivities>());
        services.AddScoped<Teaching.InferencePoolTeacherActivities>();
        services.AddScoped<IInferencePoolTeacherActivities>(
            sp => sp.GetRequiredService<Teaching.InferencePoolTeacherActivities>());
        return services;
    }

    public static InferenceOptions ReadOptions(IConfiguration configuration)
    {
        var options = new InferenceOptions();
        configuration.GetSection(InferenceOptions.Section).Bind(options);
        if (string.IsNullOrWhiteSpace(options.ModelPath))
        {
            options.ModelPath = configuration[ModelPaths.EnvironmentVariable];
        }

        var problems = options.Problems();
        return problems.Count == 0
            ? options
            : throw new InvalidOperationException("invalid inference configuration: " + string.Join("; ", problems));
    }
}
