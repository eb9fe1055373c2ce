using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>The approval signal/update: who decided, and whether the promotion goes ahead.</summary>
/// <param name="Approve">true: promote; false: refuse. Nullable so that a payload without it (a typo such as
/// <c>{"by": "ana", "decision": "yes"}</c>) is rejected as "no decision" instead of read as a refusal.</param>
/// <param name="Token">A signed approval token (or the approval link that carries it). A run whose approval requires
/// one (<see cref="ApprovalSettings.RequireToken"/>) lets a decision count only when the verify-approval activity found
/// the token valid; the decision and the approver are then the token's, not <paramref name="Approve"/> and
/// <paramref name="By"/>. Not written when null, so payloads without it stay as they were.</param>
public sealed record PromotionDecision(
    bool? Approve,
    string By,
    string? Comment = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Token = null);
