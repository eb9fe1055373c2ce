using PantryPilot.Contracts.RecipeModel;

namespace PantryPilot.Cli.Approvals;

/// <summary>Where a verified decision goes: the waiting run's decide-promotion update.</summary>
public interface IPromotionDecisions
{
    /// <summary>Sends the decision; returns the workflow's answer, or throws
    /// <see cref="PromotionDecisionRefusedException"/> with the reason it did not count.</summary>
    Task<string> DecideAsync(string workflowId, PromotionDecision decision, CancellationToken cancellationToken);
}
