using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PantryPilot.Activities.Anomalies;
using PantryPilot.Activities.Database;
using PantryPilot.Activities.Ingest;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Reports;
using PantryPilot.Activities.Transform;
using PantryPilot.Activities.Validation;
using PantryPilot.Activities.Versioning;

namespace PantryPilot.Activities;

public static class ActivitiesServiceCollectionExtensions
{
    /// <summary>Every data-pipeline activity class and what it depends on, for the worker host and the in-process run.</summary>
    public static IServiceCollection AddPipelineActivities(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(DatabaseOptions.From(configuration));
        services.AddSingleton<PantryDatabase>();
        services.AddSingleton(VersioningOptions.From(configuration));
        services.AddSingleton<VersionRemoteFactory>();

        services.AddTransient<IngestActivities>();
        services.AddTransient<ValidationActivities>();
        services.AddTransient<TransformActivities>();
        services.AddTransient<AnomalyActivities>();
        services.AddTransient<ReportActivities>();
        services.AddTransient<VersionActivities>();
        services.AddTransient<RunReportActivities>();
        return services;
    }
}
