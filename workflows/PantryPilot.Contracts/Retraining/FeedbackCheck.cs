namespace PantryPilot.Contracts.Retraining;

/// <summary>The feedback since the last round, and whether it is enough to retrain.</summary>
/// <param name="Reasons">Each threshold reached, in words ("52 new preference pairs (threshold 50)"); empty when
/// none is.</param>
/// <param name="ServedAdapter">The adapter the inference pool serves ("base" or "promoted:&lt;entry id&gt;"), as
/// feedback records it.</param>
/// <param name="ApprovalRate">Likes / ratings of the served adapter since the last round; null without ratings.</param>
/// <param name="Streaks">Tags with a dislike streak above 0, longest first (at most 10).</param>
/// <param name="NextRound">One more than the last round the store knows: round numbers stay unique when the
/// coordinator is started afresh.</param>
public sealed record FeedbackCheck(
    bool Triggered,
    IReadOnlyList<string> Reasons,
    string ServedAdapter,
    int NewFeedback,
    int NewPairs,
    int NewLikes,
    int NewDislikes,
    int ServedRatings,
    double? ApprovalRate,
    IReadOnlyList<TagStreak> Streaks,
    int NextRound);
