using System.Linq.Expressions;

namespace PantryPilot.Workflows.DataPipeline;

/// <summary>Runs the activities of a flow. The Temporal implementation schedules activities from workflow code;
/// the in-process implementation calls the same activity methods directly. The flow itself is written once,
/// against this interface, so both paths share the stage graph.</summary>
public interface IStageRunner
{
    Task<TResult> RunAsync<TActivities, TResult>(StageSpec stage, Expression<Func<TActivities, Task<TResult>>> call);

    /// <summary>Waits for independent activities (Workflow.WhenAllAsync in workflow code).</summary>
    Task<TResult[]> WhenAllAsync<TResult>(IEnumerable<Task<TResult>> tasks);

    /// <summary>Called whenever a stage starts or ends.</summary>
    void OnProgress(PipelineProgress progress);
}
