using Microsoft.Extensions.DependencyInjection;
using PantryPilot.Activities;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Workflows.DataPipeline;
using Temporalio.Activities;

namespace PantryPilot.Cli.Pipeline;

/// <summary>Runs the data pipeline's activities directly in this process: the embedded default when no Temporal
/// server is configured. It looks activities up by the same pinned names the workflow schedules (so a name that no
/// registered class carries fails here too), in the order the shared <see cref="DataPipelineFlow"/> defines.</summary>
public sealed class InProcessStageRunner : IStageRunner
{
    private readonly IServiceProvider _services;
    private readonly Action<PipelineProgress> _onProgress;
    private readonly Dictionary<string, Type> _owners;

    /// <param name="activityTypes">The classes whose [Activity] methods can run (default: the data pipeline's).</param>
    public InProcessStageRunner(IServiceProvider services, Action<PipelineProgress> onProgress, IEnumerable<Type>? activityTypes = null)
    {
        _services = services;
        _onProgress = onProgress;
        _owners = (activityTypes ?? ActivitiesServiceCollectionExtensions.PipelineActivityTypes)
            .SelectMany(type => type.GetMethods().Select(m => m.GetCustomAttributes(typeof(ActivityAttribute), false).OfType<ActivityAttribute>().FirstOrDefault())
                .Where(a => a?.Name is not null).Select(a => (a!.Name!, type)))
            .ToDictionary(x => x.Item1, x => x.type);
    }

    public async Task<TOutput> RunAsync<TInput, TOutput>(StageSpec stage, ActivityContract<TInput, TOutput> activity, TInput input, string summary)
    {
        if (!_owners.TryGetValue(activity.Name, out var type))
        {
            throw new InvalidOperationException($"no registered activity is named '{activity.Name}'");
        }

        await using var scope = _services.CreateAsyncScope();
        var instance = scope.ServiceProvider.GetRequiredService(type);
        var definition = ActivityDefinition.CreateAll(type, instance).Single(d => d.Name == activity.Name);
        using var timeout = new CancellationTokenSource(stage.StartToClose);
        var result = await definition.InvokeAsync([input]).WaitAsync(timeout.Token);
        return (TOutput)result!;
    }

    public Task<TResult[]> WhenAllAsync<TResult>(IEnumerable<Task<TResult>> tasks) => Task.WhenAll(tasks);

    public void OnProgress(PipelineProgress progress) => _onProgress(progress);
}
