using System.Linq.Expressions;
using Microsoft.Extensions.DependencyInjection;
using PantryPilot.Workflows.DataPipeline;

namespace PantryPilot.Cli.Pipeline;

/// <summary>Runs the data pipeline's activities directly in this process: the embedded default when no Temporal
/// server is configured. It calls exactly the activity methods the workflow schedules, in the order the shared
/// <see cref="DataPipelineFlow"/> defines; activities run once (no server means no durable retries).</summary>
public sealed class InProcessStageRunner(IServiceProvider services, Action<PipelineProgress> onProgress) : IStageRunner
{
    public async Task<TResult> RunAsync<TActivities, TResult>(StageSpec stage, Expression<Func<TActivities, Task<TResult>>> call)
    {
        await using var scope = services.CreateAsyncScope();
        var activities = (TActivities)scope.ServiceProvider.GetRequiredService(typeof(TActivities));
        using var timeout = new CancellationTokenSource(stage.StartToClose);
        var task = call.Compile()(activities);
        return await task.WaitAsync(timeout.Token);
    }

    public Task<TResult[]> WhenAllAsync<TResult>(IEnumerable<Task<TResult>> tasks) => Task.WhenAll(tasks);

    public void OnProgress(PipelineProgress progress) => onProgress(progress);
}
