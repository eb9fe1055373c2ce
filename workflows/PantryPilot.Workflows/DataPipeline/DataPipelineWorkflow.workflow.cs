using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Workflows.Versioning;
using Temporalio.Exceptions;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.DataPipeline;

/// <summary>The data pipeline on Temporal: the shared <see cref="DataPipelineFlow"/> run through <see
/// cref="TemporalStageRunner"/>. A failed suite under "stop" ends it with the non-retryable <c>ValidationFailed</c>
/// failure the flow throws; cancelling it cancels the running activities and waits for them. Its activities hold the
/// data folder for this workflow run (<see cref="PipelineRun.Owner"/>): a second run on the same folder fails with the
/// non-retryable <c>DataFolderBusy</c> failure. For the Web UI it sets the <see cref="PipelineSearchAttributes"/>
/// (as-of, source, outcome), the snapshot id as memo, and its stage progress as current details.</summary>
[Workflow(WorkflowNames.DataPipeline)]
public class DataPipelineWorkflow
{
    private DataPipelineFlow? flow;

    /// <summary>Live progress: stage states and row counts so far.</summary>
    [WorkflowQuery(WorkflowNames.ProgressQuery)]
    public PipelineProgress Progress => this.flow?.Progress ?? PipelineProgress.Start(Workflow.Info.WorkflowId);

    [WorkflowRun]
    public async Task<PipelineSummary> RunAsync(PipelineRun run)
    {
        // First command of the run: which release it keeps to the end (docs/temporal.md "Changing a workflow safely").
        var release = Workflow.Patched(WorkflowPatches.DataPipelineRelease2) ? 2 : 1;
        var asOf = PipelineSearchAttributes.AsOf.ValueSet(PipelineDates.ToText(run.AsOf));
        var source = PipelineSearchAttributes.Source.ValueSet(run.Source.ToString().ToLowerInvariant());
        // Release 1 said "running" here, which stayed on runs the server ended (terminate, timeout); the Web UI's
        // ExecutionStatus says whether a run is running, the outcome only what it ended with.
        var running = PipelineSearchAttributes.Outcome.ValueSet(RunOutcomes.Running);
        Workflow.UpsertTypedSearchAttributes(release >= 2 ? [asOf, source] : [asOf, source, running]);
        this.flow = new DataPipelineFlow(new TemporalStageRunner(), release);
        // This workflow run owns the data folder while it runs: its activities claim, check and release it in its
        // name (FolderOwnership), whichever workers they run on. Only inputs change: no command is added to history.
        run = run with { Owner = new(Workflow.Info.WorkflowId, Workflow.Info.RunId) };
        try
        {
            var summary = await this.flow.RunAsync(run);
            Workflow.UpsertMemo(
                MemoUpdate.ValueSet(PipelineSearchAttributes.SnapshotMemo, summary.SnapshotId ?? string.Empty));
            SetOutcome(RunOutcomes.Completed);
            return summary;
        }
        catch (ApplicationFailureException e) when (e.ErrorType == FailureTypes.ValidationFailed)
        {
            SetOutcome(RunOutcomes.ValidationFailed);
            throw;
        }
        catch (Exception e) when (TemporalException.IsCanceledException(e))
        {
            SetOutcome(RunOutcomes.Cancelled);
            throw;
        }
        catch (ActivityFailureException)
        {
            SetOutcome(RunOutcomes.Failed);
            throw;
        }
    }

    private static void SetOutcome(string outcome) =>
        Workflow.UpsertTypedSearchAttributes(PipelineSearchAttributes.Outcome.ValueSet(outcome));
}
