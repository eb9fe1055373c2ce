using PantryPilot.Contracts.Notifications;
using Temporalio.Common;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Notifications;

/// <summary>How any workflow sends a notice: on the notifier's queue, an hour to be delivered (the notifier retries
/// the send itself; its ledger makes a retried activity send one message); bad input is not retried.</summary>
public static class NotificationActivityOptions
{
    public static ActivityOptions Send { get; } = new()
    {
        TaskQueue = NotificationNames.TaskQueue,
        StartToCloseTimeout = TimeSpan.FromMinutes(5),
        ScheduleToCloseTimeout = TimeSpan.FromHours(1),
        RetryPolicy = new RetryPolicy
        {
            InitialInterval = TimeSpan.FromSeconds(5),
            MaximumInterval = TimeSpan.FromMinutes(5),
            BackoffCoefficient = 2,
            NonRetryableErrorTypes = [NotificationNames.InvalidInput],
        },
    };
}
