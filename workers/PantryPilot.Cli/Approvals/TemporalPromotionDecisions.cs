using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Workflows.RecipeModel;
using Temporalio.Client;
using Temporalio.Exceptions;

namespace PantryPilot.Cli.Approvals;

/// <summary>Sends decide-promotion to the run on Temporal. The run's handler checks the token once more with
/// verify-approval before the decision counts.</summary>
public sealed class TemporalPromotionDecisions(ITemporalClient client) : IPromotionDecisions
{
    public async Task<string> DecideAsync(
        string workflowId, PromotionDecision decision, CancellationToken cancellationToken)
    {
        var handle = client.GetWorkflowHandle<RecipeModelWorkflow>(workflowId);
        var options = new WorkflowUpdateOptions { Rpc = new() { CancellationToken = cancellationToken } };
        try
        {
            return await handle.ExecuteUpdateAsync(wf => wf.DecideAsync(decision), options);
        }
        catch (WorkflowUpdateFailedException e)
        {
            throw new PromotionDecisionRefusedException(e.InnerException?.Message ?? e.Message, e);
        }
        catch (RpcException e) when (e.Code == RpcException.StatusCode.NotFound)
        {
            throw new PromotionDecisionRefusedException(
                $"no running workflow {workflowId}: it ended or never existed", e);
        }
    }
}
