namespace PantryPilot.Domain.Approval;

/// <summary>The verdict on a token, checked in this order: shape, signature, expiry, workflow, candidate,
/// approver.</summary>
public enum ApprovalVerdict
{
    Valid,
    Malformed,
    Forged,
    Expired,
    WrongWorkflow,
    WrongCandidate,
    NotAnApprover,
}
