namespace PantryPilot.Contracts.Retraining;

/// <summary>What the coordinator carries into its next run when it continues as new.</summary>
/// <param name="Rounds">The last round number started (the next is one more, or the store's, if higher).</param>
/// <param name="Recent">The last rounds, newest last (at most <see cref="MaxRecent"/>).</param>
public sealed record CoordinatorCarry(
    int Rounds,
    long Checks,
    IReadOnlyList<RoundRecord> Recent,
    FeedbackCheck? LastCheck,
    DateTime? LastCheckAt)
{
    public const int MaxRecent = 20;
}
