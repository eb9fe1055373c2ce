using PantryPilot.Contracts.DataPipeline;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.DataPipeline;

/// <summary>The data pipeline on Temporal: the shared <see cref="DataPipelineFlow"/> run through
/// <see cref="TemporalStageRunner"/>. A failed suite under "stop" ends it with the non-retryable
/// <c>ValidationFailed</c> failure the flow throws; cancelling it cancels the running activities and waits for them.</summary>
[Workflow(WorkflowNames.DataPipeline)]
public class DataPipelineWorkflow
{
    private DataPipelineFlow? _flow;

    /// <summary>Live progress: stage states and row counts so far.</summary>
    [WorkflowQuery(WorkflowNames.ProgressQuery)]
    public PipelineProgress Progress => _flow?.Progress ?? PipelineProgress.Start(Workflow.Info.WorkflowId);

    [WorkflowRun]
    public async Task<PipelineSummary> RunAsync(PipelineRun run)
    {
        _flow = new DataPipelineFlow(new TemporalStageRunner());
        return await _flow.RunAsync(run);
    }
}
