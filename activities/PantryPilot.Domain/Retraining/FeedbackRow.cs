namespace PantryPilot.Domain.Retraining;

/// <summary>One row of <c>recipe_feedback</c> with what was served, as the dataset build reads it.</summary>
/// <param name="Verdict">As stored: like, dislike, prefer.</param>
/// <param name="Adapter">The adapter of the answer rated or chosen.</param>
/// <param name="Prompt">The exact prompt that answer was generated from.</param>
/// <param name="RecipeJson">The recipe served (the payload's JSON); null when the answer was "no compliant
/// recipe".</param>
/// <param name="RejectedPrompt">For prefer: the prompt of the answer not chosen (null when it cannot be found).</param>
public sealed record FeedbackRow(
    string HouseholdId,
    string RequestId,
    string RecipeRequestId,
    string Verdict,
    string? Reason,
    string Adapter,
    string Prompt,
    string? RecipeJson,
    string? RejectedAdapter,
    string? RejectedPrompt,
    string? RejectedRecipeJson,
    DateTime CreatedAt)
{
    /// <summary>Unique across the store: household and feedback request id.</summary>
    public string Id => $"{HouseholdId}/{RequestId}";
}
