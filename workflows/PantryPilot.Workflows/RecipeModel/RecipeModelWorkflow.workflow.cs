using System.Globalization;
using Microsoft.Extensions.Logging;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Workflows.DataPipeline;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.RecipeModel;

/// <summary>The recipe-model flow on Temporal: the shared <see cref="RecipeModelFlow"/> run through
/// <see cref="TemporalStageRunner"/>. Cancelling it cancels the running batch activities and waits for them; batches
/// already written stay written, so the next run with the same dataset name resumes instead of starting over.</summary>
[Workflow(RecipeModelActivityNames.Workflow)]
public class RecipeModelWorkflow
{
    private readonly TemporalApprovalGate _approvals = new();
    private RecipeModelFlow? _flow;

    /// <summary>Live progress: stage states, batches done, samples in/out.</summary>
    [WorkflowQuery]
    public RecipeModelProgress Progress => _flow?.Progress ?? RecipeModelProgress.Start(Workflow.Info.WorkflowId, RecipeModelStages.Order.Select(s => s.Name));

    /// <summary>What a run with --require-approval waits for (null when it is not waiting).</summary>
    [WorkflowQuery]
    public PendingApproval? PendingApproval => _approvals.Pending;

    /// <summary>Approve or refuse the pending promotion; ignored when nothing is pending, already decided, or without "by".</summary>
    [WorkflowSignal(PromotionNames.ApproveSignal)]
    public Task ApproveAsync(PromotionDecision decision)
    {
        if (!_approvals.Decide(decision))
        {
            Workflow.Logger.LogWarning("Promotion decision from '{By}' ignored: no approval pending, already decided, or no name given", decision.By);
        }

        return Task.CompletedTask;
    }

    /// <summary>The same decision as an update: the caller learns at once whether it counted.</summary>
    [WorkflowUpdate(PromotionNames.ApproveUpdate)]
    public Task<string> DecideAsync(PromotionDecision decision)
    {
        var pending = _approvals.Pending!;
        _approvals.Decide(decision);
        return Task.FromResult($"{(decision.Approve ? "approved" : "refused")} by {decision.By}: {pending.EntryId}");
    }

    [WorkflowUpdateValidator(nameof(DecideAsync))]
    public void ValidateDecide(PromotionDecision decision)
    {
        if (_approvals.Pending is null)
        {
            throw new InvalidOperationException("no promotion is waiting for approval");
        }

        if (string.IsNullOrWhiteSpace(decision.By))
        {
            throw new ArgumentException("a decision must say who made it (by)");
        }
    }

    [WorkflowRun]
    public async Task<RecipeModelOutput> RunAsync(RecipeModelInput input)
    {
        // The default name comes from workflow time, which is recorded in history: a replay gets the same name.
        var name = input.DatasetName ?? DateOnly.FromDateTime(Workflow.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        _flow = new RecipeModelFlow(new TemporalStageRunner(), approvals: _approvals);
        return await _flow.RunAsync(RecipeModelRun.From(input, name));
    }
}
