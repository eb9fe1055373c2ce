namespace PantryPilot.Domain.Retraining;

/// <summary>What one feedback row becomes.</summary>
/// <param name="Chosen">The assistant's answer to learn (supervised) or to prefer (pair), in the serving
/// schema.</param>
/// <param name="Rejected">The answer not chosen (pairs only).</param>
/// <param name="ReasonCode">Why it was removed: a stable code (the statistics' key).</param>
/// <param name="Reason">Why it was removed, in words.</param>
public sealed record FeedbackSample(
    FeedbackSampleKind Kind,
    ServedPrompt? Prompt,
    string? Chosen,
    string? Rejected,
    string? ReasonCode,
    string? Reason)
{
    public static FeedbackSample Removed(string code, string reason)
        => new(FeedbackSampleKind.Removed, null, null, null, code, reason);
}
