namespace PantryPilot.Contracts.Approval;

/// <summary>The verdict on an approval token. Only <see cref="Valid"/> lets a decision count.</summary>
public enum ApprovalOutcome
{
    Valid,

    /// <summary>Not a token at all (wrong shape, not base64url, not the expected JSON, an unknown version).</summary>
    Malformed,

    /// <summary>Its signature is not the one the signing key gives: made or altered without the key.</summary>
    Forged,

    Expired,

    /// <summary>Signed for another workflow.</summary>
    WrongWorkflow,

    /// <summary>Signed for another candidate of this workflow (an older wait, another checkpoint).</summary>
    WrongCandidate,

    /// <summary>Validly signed, but the approver is not on the allow-list (Approval:Approvers) now.</summary>
    NotAnApprover,
}
