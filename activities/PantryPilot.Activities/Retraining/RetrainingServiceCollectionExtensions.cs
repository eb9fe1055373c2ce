using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PantryPilot.Activities.Households;
using PantryPilot.Activities.Versioning;

namespace PantryPilot.Activities.Retraining;

public static class RetrainingServiceCollectionExtensions
{
    /// <summary>The retraining activities of a worker: they read the household store's feedback (the same store
    /// <see cref="HouseholdServiceCollectionExtensions.AddHouseholdActivities"/> registers: PostgreSQL with
    /// DATABASE_URL, else the embedded file under <paramref name="dataDir"/>).</summary>
    public static IServiceCollection AddRetrainingActivities(this IServiceCollection services,
        IConfiguration configuration, string dataDir)
    {
        if (!services.Any(s => s.ServiceType == typeof(IHouseholdDatabase)))
        {
            services.AddHouseholdActivities(configuration, dataDir);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(VersioningOptions.From(configuration));
        services.TryAddSingleton<VersionRemoteFactory>();
        services.AddSingleton(sp => new FeedbackStore(sp.GetRequiredService<IHouseholdDatabase>()));
        services.AddScoped<RetrainingActivities>();
        return services;
    }
}
