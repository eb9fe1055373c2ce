namespace PantryPilot.Domain.Retraining;

public enum FeedbackSampleKind
{
    /// <summary>A liked recipe: a supervised sample (system, user, assistant).</summary>
    Supervised,

    /// <summary>An A/B choice: a preference pair (system, prompt, chosen, rejected).</summary>
    Pair,

    /// <summary>A dislike: it counts as a rating (thresholds), it is no training sample.</summary>
    RatingOnly,

    /// <summary>Not used, with a reason code and a sentence.</summary>
    Removed,
}
