using System.Globalization;

namespace PantryPilot.Domain.Retraining;

/// <summary>The thresholds (the contract's RetrainingThresholds, without Temporal types). 0 switches a rule off.
/// Every comparison is "at least" / "below", evaluated on every check: a count that jumps past a threshold between
/// two checks still trips it (the replaced system alerted only at an exact count).</summary>
public sealed record RetrainingRules(int NewPairs, double ApprovalRateBelow, int MinRatings, int DislikeStreak)
{
    /// <summary>The thresholds the tally reaches, in words; empty when none.</summary>
    public IReadOnlyList<string> Reached(FeedbackTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var reasons = new List<string>();
        if (NewPairs > 0 && tally.Pairs >= NewPairs)
        {
            reasons.Add(Text($"{tally.Pairs} new preference pairs (threshold {NewPairs})"));
        }

        if (ApprovalRateBelow > 0
            && tally.ServedRatings >= MinRatings
            && tally.ApprovalRate is { } rate
            && rate < ApprovalRateBelow)
        {
            reasons.Add(
                Text($"approval rate {rate * 100:0.0}% over {tally.ServedRatings} ratings of {tally.ServedAdapter} ")
                + Text($"(below {ApprovalRateBelow * 100:0.#}% over at least {MinRatings})"));
        }

        if (DislikeStreak > 0)
        {
            foreach (var (tag, streak) in tally.Streaks.Where(s => s.Dislikes >= DislikeStreak))
            {
                reasons.Add(
                    Text($"{streak} dislikes in a row of {tally.ServedAdapter}'s answers to {tag} requests ")
                    + Text($"(threshold {DislikeStreak})"));
            }
        }

        return reasons;
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
