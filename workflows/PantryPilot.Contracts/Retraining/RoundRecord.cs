namespace PantryPilot.Contracts.Retraining;

/// <summary>One retraining round, as the coordinator's status shows it.</summary>
/// <param name="RunId">The child recipe-model run (recipe-model-feedback-NNNN).</param>
/// <param name="Trigger">The thresholds that started it.</param>
/// <param name="EntryId">The registry entry it promoted or asked approval for, when it got that far.</param>
/// <param name="DecidedBy">The approver the verified token named.</param>
/// <param name="Detail">For a person: what happened, or why not.</param>
public sealed record RoundRecord(
    int Round,
    string RunId,
    DateTime StartedAt,
    DateTime? EndedAt,
    IReadOnlyList<string> Trigger,
    RoundOutcome Outcome,
    string? EntryId,
    string? DecidedBy,
    string Detail);
