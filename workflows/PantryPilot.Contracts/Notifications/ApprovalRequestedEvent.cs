namespace PantryPilot.Contracts.Notifications;

/// <summary>A promotion waits for a person. The event carries no links: the notifier mints one signed link per
/// approver on the allow-list (Approval:Approvers) when it renders the message, so no approval token is ever written
/// to workflow history, where anyone with read access to the namespace could lift it.</summary>
/// <param name="WorkflowId">The run that waits; a token is valid for this workflow only.</param>
/// <param name="EntryId">The registry id of the candidate ("run/iter-0008000"); a token is valid for it only.</param>
/// <param name="Deadline">When the wait times out; the links expire then too.</param>
public sealed record ApprovalRequestedEvent(
    string EventId,
    DateTimeOffset OccurredAt,
    string WorkflowId,
    string EntryId,
    string Candidate,
    double RawCompliance,
    double? ServedCompliance,
    string? ServedEntryId,
    string ReportLocation,
    DateTimeOffset Deadline
) : NotificationEvent(EventId, OccurredAt);
