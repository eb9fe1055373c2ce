namespace PantryPilot.Contracts.Notifications;

/// <summary>A recipe-model run failed.</summary>
/// <param name="Stage">The stage that failed (train, checkpoint-evaluate, ...).</param>
/// <param name="Error">The failure's message (the error type first when there is one).</param>
public sealed record TrainingFailedEvent(
    string EventId,
    DateTimeOffset OccurredAt,
    string RunId,
    string Stage,
    string Error
) : NotificationEvent(EventId, OccurredAt);
