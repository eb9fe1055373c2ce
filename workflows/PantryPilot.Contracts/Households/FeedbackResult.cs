namespace PantryPilot.Contracts.Households;

/// <summary>The stored feedback, tied to the answer it judges: the model, the adapter and the prompt it was given
/// are in the <c>recipe_feedback</c> row beside it.</summary>
public sealed record FeedbackResult(
    string RequestId,
    string RecipeRequestId,
    FeedbackVerdict Verdict,
    string Option,
    string Model,
    string Adapter);
