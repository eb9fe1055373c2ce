namespace PantryPilot.Contracts.Approval;

/// <summary>The verdict, and on <see cref="ApprovalOutcome.Valid"/> the decision the token carries.</summary>
/// <param name="Approve">true: promote; false: refuse; null unless valid.</param>
/// <param name="Approver">Who the token names (set whenever the signature was good, so a refusal can say who).</param>
/// <param name="Message">For the person: why it does not count, or what it decides.</param>
public sealed record VerifyApprovalOutput(
    ApprovalOutcome Outcome,
    bool? Approve,
    string? Approver,
    DateTimeOffset? ExpiresAt,
    string Message
)
{
    public bool IsValid => Outcome == ApprovalOutcome.Valid;
}
