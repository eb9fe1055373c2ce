namespace PantryPilot.Contracts.Retraining;

/// <summary>The <see cref="RetrainingNames.StatusQuery"/> answer.</summary>
/// <param name="State">waiting | checking | building | training | checking-served | notifying.</param>
/// <param name="Current">The round in progress, if any (its recipe-model run answers PendingApproval).</param>
public sealed record CoordinatorStatus(
    string State,
    DateTime? NextCheckAt,
    DateTime? LastCheckAt,
    FeedbackCheck? LastCheck,
    RoundRecord? Current,
    IReadOnlyList<RoundRecord> Recent,
    int Rounds,
    long Checks);
