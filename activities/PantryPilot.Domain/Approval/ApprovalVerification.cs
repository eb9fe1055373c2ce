namespace PantryPilot.Domain.Approval;

/// <summary>The verdict, the token when its signature was good (so a refusal can still say who and what), and a
/// sentence for the person who clicked.</summary>
public sealed record ApprovalVerification(ApprovalVerdict Verdict, ApprovalToken? Token, string Message);
