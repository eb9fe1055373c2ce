using PantryPilot.Contracts.RecipeModel;

namespace PantryPilot.Workflows.RecipeModel;

/// <summary>Waits for a person to approve a promotion. On Temporal: a durable wait for a signal or update
/// (<see cref="TemporalApprovalGate"/>); in process: a decision given up front on the command line.</summary>
public interface IApprovalGate
{
    /// <summary>The decision, or null when none came before the timeout.</summary>
    Task<PromotionDecision?> WaitAsync(PendingApproval pending, ApprovalSettings settings);
}
