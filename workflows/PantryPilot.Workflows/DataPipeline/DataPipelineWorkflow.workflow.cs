using System.Globalization;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.DataPipeline;

/// <summary>The data pipeline on Temporal: the shared <see cref="DataPipelineFlow"/> run through
/// <see cref="TemporalStageRunner"/>. A failed suite under "stop" ends it with the non-retryable
/// <c>ValidationFailed</c> failure the flow throws; cancelling it cancels the running activities and waits for them.</summary>
[Workflow]
public class DataPipelineWorkflow
{
    private DataPipelineFlow? _flow;

    /// <summary>Live progress: stage states and row counts so far.</summary>
    [WorkflowQuery]
    public PipelineProgress Progress => _flow?.Progress ?? PipelineProgress.Start(Workflow.Info.WorkflowId);

    [WorkflowRun]
    public async Task<DataPipelineOutput> RunAsync(DataPipelineInput input)
    {
        // The default date comes from workflow time, which is recorded in history: a replay gets the same day.
        var asOf = input.AsOf ?? DateOnly.FromDateTime(Workflow.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        _flow = new DataPipelineFlow(new TemporalStageRunner());
        var summary = await _flow.RunAsync(input.ToRun(asOf));
        return new(summary);
    }
}
