using PantryPilot.Contracts.Households;
using PantryPilot.Contracts.Notifications;
using PantryPilot.Contracts.Serving;
using Temporalio.Common;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Households;

/// <summary>How the household's activities run. Infrastructure faults are retried with backoff inside each budget;
/// the household's typed errors (bad input, a request id reused) never are.</summary>
public static class HouseholdActivityOptions
{
    /// <summary>Reading the household at the first run waits for the database however long it is away: the workflow
    /// has nothing else to do, and updates wait for it.</summary>
    public static ActivityOptions Load { get; } = new()
    {
        StartToCloseTimeout = TimeSpan.FromSeconds(30),
        RetryPolicy = new RetryPolicy
        {
            InitialInterval = TimeSpan.FromSeconds(1),
            MaximumInterval = TimeSpan.FromMinutes(1),
            BackoffCoefficient = 2,
        },
    };

    /// <summary>A write under a request id: a caller waits for the answer, so the budget is short (2 minutes); the
    /// caller may send the same request again later, and it applies once.</summary>
    public static ActivityOptions Write { get; } = new()
    {
        StartToCloseTimeout = TimeSpan.FromSeconds(30),
        ScheduleToCloseTimeout = TimeSpan.FromMinutes(2),
        RetryPolicy = Retry(),
    };

    /// <summary>The shopping list: a read a caller waits for, with the same short budget as a write.</summary>
    public static ActivityOptions Read { get; } = new()
    {
        StartToCloseTimeout = TimeSpan.FromSeconds(30),
        ScheduleToCloseTimeout = TimeSpan.FromMinutes(2),
        RetryPolicy = Retry(),
    };

    /// <summary>The guarded generation on the serving queue: no model host within a minute is an answer, not a
    /// wait.</summary>
    public static ActivityOptions Serve { get; } = new()
    {
        TaskQueue = ServingNames.TaskQueue,
        ScheduleToStartTimeout = TimeSpan.FromMinutes(1),
        StartToCloseTimeout = TimeSpan.FromMinutes(3),
        ScheduleToCloseTimeout = TimeSpan.FromMinutes(5),
        HeartbeatTimeout = TimeSpan.FromSeconds(30),
        RetryPolicy = Retry(),
    };

    /// <summary>A reminder or digest: retried for an hour, then recorded as not delivered.</summary>
    public static ActivityOptions Notify { get; } = new()
    {
        StartToCloseTimeout = TimeSpan.FromSeconds(30),
        ScheduleToCloseTimeout = TimeSpan.FromHours(1),
        RetryPolicy = Retry(TimeSpan.FromMinutes(5)),
    };

    /// <summary>send-notification on the notifications queue (docs/notifications.md): its own bounded retries are the
    /// send's; Temporal's retry covers a worker that dies around it.</summary>
    public static ActivityOptions Notices { get; } = new()
    {
        TaskQueue = NotificationNames.TaskQueue,
        StartToCloseTimeout = TimeSpan.FromMinutes(5),
        ScheduleToCloseTimeout = TimeSpan.FromHours(1),
        RetryPolicy = new()
        {
            InitialInterval = TimeSpan.FromSeconds(1),
            MaximumInterval = TimeSpan.FromMinutes(5),
            BackoffCoefficient = 2,
            NonRetryableErrorTypes = [NotificationNames.InvalidInput],
        },
    };

    private static RetryPolicy Retry(TimeSpan? maximum = null) => new()
    {
        InitialInterval = TimeSpan.FromSeconds(1),
        MaximumInterval = maximum ?? TimeSpan.FromSeconds(10),
        BackoffCoefficient = 2,
        NonRetryableErrorTypes = [.. HouseholdErrors.All],
    };
}
