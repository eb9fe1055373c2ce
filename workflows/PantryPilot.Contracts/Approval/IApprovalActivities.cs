using Temporalio.Activities;

namespace PantryPilot.Contracts.Approval;

/// <summary>Checks an approval token (implemented by PantryPilot.Activities.Approval.ApprovalActivities) on
/// <see cref="ApprovalNames.TaskQueue"/>. A bad token is an outcome, not a failure: nothing to retry.</summary>
public interface IApprovalActivities
{
    [Activity(ApprovalNames.VerifyActivity)]
    Task<VerifyApprovalOutput> VerifyAsync(VerifyApprovalInput input);
}
