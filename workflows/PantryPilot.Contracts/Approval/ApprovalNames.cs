namespace PantryPilot.Contracts.Approval;

/// <summary>Pinned names of approval verification. The activity runs on a task queue of its own, polled only by hosts
/// that hold the signing key (Approval:SigningKey): the key never leaves them, and the workflow accepts a decision only
/// when this activity found its token valid (docs/notifications.md, "Approval that can be trusted").</summary>
public static class ApprovalNames
{
    public const string TaskQueue = "approvals";

    public const string VerifyActivity = "verify-approval";
}
