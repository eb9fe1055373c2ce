using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PantryPilot.Activities.Database;

namespace PantryPilot.Activities.Households;

public static class HouseholdServiceCollectionExtensions
{
    /// <summary>The household store and activities of a worker: PostgreSQL when DATABASE_URL is set, else the embedded
    /// store <c>&lt;dataDir&gt;/households.db</c> (as `pantrypilot household` uses it); migrated on first use;
    /// notifications written under <paramref name="dataDir"/>.</summary>
    public static IServiceCollection AddHouseholdActivities(this IServiceCollection services,
        IConfiguration configuration, string dataDir)
    {
        var options = DatabaseOptions.From(configuration);
        services.AddSingleton<IHouseholdDatabase>(_ => new MigratedHouseholdDatabase(options.IsConfigured
            ? new PostgresHouseholdDatabase(new PantryDatabase(options, ConnectRetryOptions.None))
            : new SqliteHouseholdDatabase(Path.Combine(dataDir, EmbeddedHouseholdStore.FileName))));
        services.AddSingleton(HouseholdRules.Default);
        services.AddSingleton(
            sp => new HouseholdStore(sp.GetRequiredService<IHouseholdDatabase>(),
                sp.GetRequiredService<HouseholdRules>()));
        services.AddScoped<HouseholdActivities>();
        services.AddSingleton(_ => new FileHouseholdNotifier(dataDir));
        return services;
    }
}
