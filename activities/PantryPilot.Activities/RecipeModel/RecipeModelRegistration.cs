using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PantryPilot.Activities.RecipeModel.Teachers;
using PantryPilot.Activities.Versioning;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.Storage;

namespace PantryPilot.Activities.RecipeModel;

public static class RecipeModelRegistration
{
    /// <summary>The recipe-model flow's activity classes: registered with the worker and looked up by pinned name by
    /// the
    /// in-process run. Part 2 of the flow adds its classes here.</summary>
    public static readonly IReadOnlyList<Type> ActivityTypes = [typeof(RecipeDatasetActivities)];

    /// <summary>The recipe-model data activities and what they depend on, for the worker host and the in-process run.
    /// The activities resolve as <see cref="IRecipeDatasetActivities"/> too, the type the shared flow asks
    /// for.</summary>
    public static IServiceCollection AddRecipeModelActivities(
        this IServiceCollection services,
        IConfiguration configuration,
        DataRoot dataRoot)
    {
        services.TryAddSingleton(dataRoot);
        var settings = TeacherSettings.From(configuration);
        services.TryAddSingleton(VersioningOptions.From(configuration));
        services.TryAddSingleton<VersionRemoteFactory>();
        services.AddSingleton(settings);
        services.AddSingleton(_ => new TeacherFactory(settings, new HttpClient { Timeout = Timeout.InfiniteTimeSpan }));
        services.AddTransient<RecipeDatasetActivities>();
        services.AddTransient<IRecipeDatasetActivities>(sp => sp.GetRequiredService<RecipeDatasetActivities>());
        return services;
    }
}
