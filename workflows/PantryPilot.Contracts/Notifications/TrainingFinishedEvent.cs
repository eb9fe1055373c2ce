namespace PantryPilot.Contracts.Notifications;

/// <summary>Training and checkpoint evaluation finished.</summary>
/// <param name="BestCandidate">The candidate the comparison chose ("base" or "iter-0008000"); null when none was
/// evaluated.</param>
/// <param name="ComparisonLocation">The checkpoint comparison report.</param>
public sealed record TrainingFinishedEvent(
    string EventId,
    DateTimeOffset OccurredAt,
    string RunId,
    int Iterations,
    int Checkpoints,
    string? BestCandidate,
    double? RawCompliance,
    double? ServedCompliance,
    double? ParseRate,
    string? ComparisonLocation
) : NotificationEvent(EventId, OccurredAt);
