namespace PantryPilot.Domain.Approval;

/// <summary>What an approval token says: <see cref="Approver"/> decides <see cref="Approve"/> about candidate
/// <see cref="EntryId"/> of workflow <see cref="WorkflowId"/>, until <see cref="ExpiresAt"/>. <see cref="Nonce"/> makes
/// every token unique, so two links for the same decision cannot be told apart by anything but their nonce.</summary>
public sealed record ApprovalToken(
    string WorkflowId,
    string EntryId,
    bool Approve,
    string Approver,
    DateTimeOffset ExpiresAt,
    string Nonce
);
