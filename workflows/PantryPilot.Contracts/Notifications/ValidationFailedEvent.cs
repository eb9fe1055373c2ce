namespace PantryPilot.Contracts.Notifications;

/// <summary>A suite failed on a table.</summary>
/// <param name="ReportLocation">Where the HTML report is (a path under the data root or a URL).</param>
/// <param name="Policy">What the run did about it: stop or quarantine.</param>
public sealed record ValidationFailedEvent(
    string EventId,
    DateTimeOffset OccurredAt,
    string RunId,
    string Suite,
    string Table,
    IReadOnlyList<FailingExpectation> FailingExpectations,
    string ReportLocation,
    string Policy
) : NotificationEvent(EventId, OccurredAt);
