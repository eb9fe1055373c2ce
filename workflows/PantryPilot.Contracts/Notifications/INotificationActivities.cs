using Temporalio.Activities;

namespace PantryPilot.Contracts.Notifications;

/// <summary>The notifier, on <see cref="NotificationNames.TaskQueue"/> (implemented by
/// PantryPilot.Activities.Notifications.NotificationActivities). A delivery failure is an outcome in the output, not
/// an exception: the notifier's own bounded retries (Polly) are the only retry of a send, and a notice that cannot be
/// delivered never fails the workflow that sent it. Temporal's retry policy covers what happens around the send (a
/// worker that dies, an unreachable delivery ledger); the ledger makes such a retry send nothing twice.</summary>
public interface INotificationActivities
{
    [Activity(NotificationNames.SendActivity)]
    Task<SendNotificationOutput> SendAsync(SendNotificationInput input);
}
