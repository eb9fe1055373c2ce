namespace PantryPilot.Contracts.Households;

/// <summary>Update <c>feedback</c>: like or dislike an answer (with a reason), or prefer one answer of a
/// pair.</summary>
/// <param name="Option">The answer judged or preferred ("a", "b"); default "a".</param>
public sealed record FeedbackRequest(
    string RequestId,
    string RecipeRequestId,
    FeedbackVerdict Verdict,
    string? Option = null,
    string? Reason = null);
