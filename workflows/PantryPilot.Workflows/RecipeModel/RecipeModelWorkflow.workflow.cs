using System.Globalization;
using Microsoft.Extensions.Logging;
using PantryPilot.Contracts.Approval;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Workflows.DataPipeline;
using PantryPilot.Workflows.Versioning;
using Temporalio.Exceptions;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.RecipeModel;

/// <summary>The recipe-model flow on Temporal: the shared <see cref="RecipeModelFlow"/> run through
/// <see cref="TemporalStageRunner"/>. Cancelling it cancels the running batch activities and waits for them; batches
/// already written stay written, so the next run with the same dataset name resumes instead of starting over.</summary>
[Workflow(RecipeModelActivityNames.Workflow)]
public class RecipeModelWorkflow
{
    private readonly TemporalApprovalGate approvals = new();
    private RecipeModelFlow? flow;

    /// <summary>Live progress: stage states, batches done, samples in/out.</summary>
    [WorkflowQuery(PromotionNames.ProgressQuery)]
    public RecipeModelProgress Progress
        => this.flow?.Progress
            ?? RecipeModelProgress.Start(Workflow.Info.WorkflowId, RecipeModelStages.Order.Select(s => s.Name));

    /// <summary>What a run with --require-approval waits for (null when it is not waiting).</summary>
    [WorkflowQuery(PromotionNames.PendingApprovalQuery)]
    public PendingApproval? PendingApproval => this.approvals.Pending;

    /// <summary>Approve or refuse the pending promotion; a decision that cannot count (nothing pending, already
    /// decided, no "by", no "approve") is logged and ignored. The update <see cref="DecideAsync"/> says why to the
    /// caller.</summary>
    [WorkflowSignal(PromotionNames.ApproveSignal)]
    public Task ApproveAsync(PromotionDecision decision)
    {
        var problem = this.approvals.RequiresToken
            ? "this run takes decisions only through the update decide-promotion, whose token is verified first"
            : this.approvals.Problem(decision);
        if (problem is not null || !this.approvals.Decide(decision))
        {
            Workflow.Logger.LogWarning("Promotion decision from '{By}' ignored: {Problem}", decision.By, problem);
        }

        return Task.CompletedTask;
    }

    /// <summary>The same decision as an update: the caller learns at once whether it counted. A run that requires a
    /// token (ApprovalSettings.RequireToken) first has verify-approval check it: only a valid token counts, and the
    /// decision and approver recorded are the token's, not the payload's.</summary>
    [WorkflowUpdate(PromotionNames.ApproveUpdate)]
    public async Task<string> DecideAsync(PromotionDecision decision)
    {
        var pending = this.approvals.Pending;
        if (pending is not null && this.approvals.RequiresToken)
        {
            var verdict = await Workflow.ExecuteActivityAsync(
                (IApprovalActivities a) => a.VerifyAsync(new(
                    decision.Token!,
                    Workflow.Info.WorkflowId,
                    pending.EntryId)),
                ApprovalActivityOptions.Verify);
            if (!verdict.IsValid)
            {
                throw new ApplicationFailureException(
                    $"approval token {verdict.Outcome}: {verdict.Message}",
                    PromotionNames.DecisionRejected,
                    nonRetryable: true);
            }

            decision = new PromotionDecision(
                verdict.Approve, verdict.Approver ?? string.Empty, decision.Comment, decision.Token);
        }

        // Two updates validated in one workflow task both passed the validator; only the first may count.
        if (pending is null || !this.approvals.Decide(decision))
        {
            throw new ApplicationFailureException(
                this.approvals.Problem(decision) ?? "decision not recorded",
                PromotionNames.DecisionRejected,
                nonRetryable: true);
        }

        return $"{(decision.Approve == true ? "approved" : "refused")} by {decision.By}: {pending.EntryId}";
    }

    /// <summary>Rejects a decision that cannot count before it is written to history, with the reason as the
    /// error.</summary>
    [WorkflowUpdateValidator(nameof(DecideAsync))]
    public void ValidateDecide(PromotionDecision decision)
    {
        if (this.approvals.Problem(decision) is { } problem)
        {
            throw new ApplicationFailureException(problem, PromotionNames.DecisionRejected, nonRetryable: true);
        }
    }

    [WorkflowRun]
    public async Task<RecipeModelOutput> RunAsync(RecipeModelInput input)
    {
        // First command of the run: which release it keeps to the end (docs/temporal.md "Changing a workflow safely").
        var release = Workflow.Patched(WorkflowPatches.RecipeModelRelease2) ? 2 : 1;

        // The default name comes from workflow time, which is recorded in history: a replay gets the same name.
        var name = input.DatasetName
            ?? DateOnly.FromDateTime(Workflow.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        this.flow = new RecipeModelFlow(new TemporalStageRunner(), approvals: this.approvals, release: release);
        return await this.flow.RunAsync(RecipeModelRun.From(input, name));
    }
}
