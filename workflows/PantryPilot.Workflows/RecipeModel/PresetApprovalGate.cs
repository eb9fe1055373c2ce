using PantryPilot.Contracts.RecipeModel;

namespace PantryPilot.Workflows.RecipeModel;

/// <summary>The in-process run has no one to ask: it uses the decision given with the run (or times out at
/// once).</summary>
public sealed class PresetApprovalGate(PromotionDecision? decision) : IApprovalGate
{
    public Task<PromotionDecision?> WaitAsync(PendingApproval pending, ApprovalSettings settings)
        => Task.FromResult(decision);
}
