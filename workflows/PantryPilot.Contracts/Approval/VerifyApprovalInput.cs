namespace PantryPilot.Contracts.Approval;

/// <summary>A token (or the whole link) to check against the run that waits.</summary>
/// <param name="Token">The token, or an approval link carrying it in its <c>token</c> parameter.</param>
/// <param name="WorkflowId">The workflow that waits for the decision.</param>
/// <param name="EntryId">The registry id of the candidate it waits to promote.</param>
public sealed record VerifyApprovalInput(string Token, string WorkflowId, string EntryId);
