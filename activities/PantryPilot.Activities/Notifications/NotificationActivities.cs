using PantryPilot.Contracts.Activities;
using PantryPilot.Contracts.Notifications;
using Temporalio.Activities;
using Temporalio.Exceptions;

namespace PantryPilot.Activities.Notifications;

/// <summary>send-notification on the notifications task queue: a thin adapter over <see cref="Notifier"/>. Retry policy
/// split: Polly retries the send inside one attempt and the outcome is returned, never thrown, so Temporal does not
/// send again what Polly gave up on; Temporal retries the rest (a dead worker, an unreachable ledger, another worker's
/// live claim), and the ledger turns such a retry into "already delivered" or a resend with the same
/// Idempotency-Key.</summary>
public sealed class NotificationActivities(Notifier notifier) : INotificationActivities
{
    [Activity(NotificationNames.SendActivity)]
    public async Task<SendNotificationOutput> SendAsync(SendNotificationInput input)
    {
        var cancellationToken = CurrentActivity.CancellationToken;
        try
        {
            return await notifier.SendAsync(input, cancellationToken);
        }
        catch (DeliveryInFlightException e)
        {
            throw new ApplicationFailureException(e.Message, NotificationNames.DeliveryInFlight, nonRetryable: false);
        }
        catch (NotificationInputException e)
        {
            throw new ApplicationFailureException(e.Message, NotificationNames.InvalidInput, nonRetryable: true);
        }
    }
}
