namespace PantryPilot.Domain.Retraining;

/// <summary>A household's verdict on a served answer, as <c>recipe_feedback.verdict</c> stores it.</summary>
public enum RatingKind
{
    Like,
    Dislike,

    /// <summary>One answer of a pair chosen over the other: a preference pair.</summary>
    Prefer,
}
