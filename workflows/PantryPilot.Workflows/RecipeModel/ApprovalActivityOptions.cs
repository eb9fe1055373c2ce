using PantryPilot.Contracts.Approval;
using Temporalio.Common;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.RecipeModel;

/// <summary>The activities of a token-approved promotion (a run whose approval sets RequireToken): the notice that
/// asks for a decision, and the check of the token a decision carries.</summary>
public static class ApprovalActivityOptions
{
    /// <summary>verify-approval, on the hosts that hold the signing key. The caller of the update waits for it, so the
    /// budget is short: no approvals worker within two minutes rejects the decision, which can be sent again.</summary>
    public static ActivityOptions Verify { get; } = new()
    {
        TaskQueue = ApprovalNames.TaskQueue,
        StartToCloseTimeout = TimeSpan.FromSeconds(30),
        ScheduleToCloseTimeout = TimeSpan.FromMinutes(2),
        RetryPolicy = new RetryPolicy { InitialInterval = TimeSpan.FromSeconds(1), MaximumAttempts = 5 },
    };

}
