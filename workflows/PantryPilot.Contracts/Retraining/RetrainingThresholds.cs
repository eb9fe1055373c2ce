namespace PantryPilot.Contracts.Retraining;

/// <summary>When feedback is enough to retrain. Every count is over the feedback that arrived since the last round
/// (feedback a round already saw never triggers another), compared with "at least", never "exactly": a burst of
/// feedback that jumps past a threshold still trips it. 0 switches a rule off.</summary>
/// <param name="NewPairs">A/B choices (preference pairs) since the last round.</param>
/// <param name="ApprovalRateBelow">Likes / (likes + dislikes) of the served adapter's answers under this share
/// ...</param>
/// <param name="MinRatings">... over at least this many ratings.</param>
/// <param name="DislikeStreak">This many dislikes in a row of the served adapter's answers to requests with one
/// dietary tag (a like for that tag ends the streak).</param>
public sealed record RetrainingThresholds(
    int NewPairs = 50,
    double ApprovalRateBelow = 0.6,
    int MinRatings = 20,
    int DislikeStreak = 5)
{
    /// <summary>Every problem at once, empty when the thresholds can run.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (NewPairs < 0)
        {
            errors.Add($"new pairs must be 0 (off) or more (got {NewPairs})");
        }

        if (double.IsNaN(ApprovalRateBelow) || ApprovalRateBelow < 0 || ApprovalRateBelow > 1)
        {
            errors.Add($"approval rate threshold must be between 0 (off) and 1 (got {ApprovalRateBelow})");
        }

        if (MinRatings < 1)
        {
            errors.Add($"min ratings must be at least 1 (got {MinRatings})");
        }

        if (DislikeStreak < 0)
        {
            errors.Add($"dislike streak must be 0 (off) or more (got {DislikeStreak})");
        }

        if (NewPairs == 0 && ApprovalRateBelow == 0 && DislikeStreak == 0)
        {
            errors.Add("every rule is off: nothing could ever start a retraining");
        }

        return errors;
    }
}
