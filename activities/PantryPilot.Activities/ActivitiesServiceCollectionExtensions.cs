using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PantryPilot.Activities.Anomalies;
using PantryPilot.Activities.Database;
using PantryPilot.Activities.Ingest;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Reports;
using PantryPilot.Activities.Transform;
using PantryPilot.Activities.Validation;
using PantryPilot.Activities.Versioning;
using PantryPilot.Domain.Storage;

namespace PantryPilot.Activities;

public static class ActivitiesServiceCollectionExtensions
{
    /// <summary>The data pipeline's activity classes: the one list the worker host registers with Temporal and the
    /// in-process run resolves activities from (each method carries its pinned
    /// <c>[Activity(ActivityNames.X)]</c>).</summary>
    public static readonly IReadOnlyList<Type> PipelineActivityTypes =
    [
        typeof(IngestActivities),
        typeof(ValidationActivities),
        typeof(TransformActivities),
        typeof(AnomalyActivities),
        typeof(ReportActivities),
        typeof(VersionActivities),
        typeof(RunReportActivities),
        typeof(ScheduleActivities),
    ];

    /// <summary>Every data-pipeline activity class and what it depends on, for the worker host and the in-process
    /// run; <paramref name="dataRoot"/> is where payload locations resolve.</summary>
    public static IServiceCollection AddPipelineActivities(
        this IServiceCollection services,
        IConfiguration configuration,
        DataRoot dataRoot)
    {
        // Where the payloads' data locations resolve: the worker's root, or a local run's working directory.
        services.TryAddSingleton(dataRoot);
        services.AddSingleton(DatabaseOptions.From(configuration));
        // One retry layer: the activity's retry policy (Temporal, or the in-process runner's), not a loop inside.
        services.AddSingleton(ConnectRetryOptions.None);
        services.AddSingleton<PantryDatabase>();
        services.AddSingleton(VersioningOptions.From(configuration));
        services.AddSingleton<VersionRemoteFactory>();

        foreach (var type in PipelineActivityTypes)
        {
            services.AddTransient(type);
        }

        return services;
    }
}
