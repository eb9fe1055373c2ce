using Google.Protobuf.WellKnownTypes;
using Temporalio.Api.History.V1;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Tests.Support;

/// <summary>What the server records of a ScheduleActivityTask command besides its type and input: the queue and the
/// timeouts and retry policy once the server has filled in what the command left out (an unset start-to-close or
/// schedule-to-start is the schedule-to-close; unset retry fields get Temporal's defaults). Built from the options a
/// workflow passed (<see cref="From(ActivityOptions, string)"/>) or read from a history event
/// (<see cref="From(ActivityTaskScheduledEventAttributes)"/>), so the two can be compared field by field.</summary>
public sealed record RecordedActivity(
    string TaskQueue,
    TimeSpan StartToClose,
    TimeSpan ScheduleToClose,
    TimeSpan ScheduleToStart,
    TimeSpan Heartbeat,
    TimeSpan InitialInterval,
    double BackoffCoefficient,
    TimeSpan MaximumInterval,
    int MaximumAttempts,
    string NonRetryableErrorTypes)
{
    /// <summary>Temporal's default retry policy: 1 s, doubling, up to 100 times the first interval, unlimited.</summary>
    private static readonly TimeSpan DefaultInitialInterval = TimeSpan.FromSeconds(1);

    public static RecordedActivity From(ActivityOptions options, string workflowQueue)
    {
        ArgumentNullException.ThrowIfNull(options);
        var scheduleToClose = options.ScheduleToCloseTimeout ?? TimeSpan.Zero;
        var retry = options.RetryPolicy;
        var initial = retry?.InitialInterval ?? DefaultInitialInterval;
        return new(
            options.TaskQueue ?? workflowQueue,
            options.StartToCloseTimeout ?? scheduleToClose,
            scheduleToClose,
            options.ScheduleToStartTimeout ?? scheduleToClose,
            options.HeartbeatTimeout ?? TimeSpan.Zero,
            initial,
            retry is null || retry.BackoffCoefficient == 0 ? 2 : retry.BackoffCoefficient,
            retry?.MaximumInterval ?? initial * 100,
            retry?.MaximumAttempts ?? 0,
            string.Join(", ", retry?.NonRetryableErrorTypes ?? []));
    }

    public static RecordedActivity From(ActivityTaskScheduledEventAttributes e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var retry = e.RetryPolicy;
        return new(
            e.TaskQueue?.Name ?? string.Empty,
            Of(e.StartToCloseTimeout),
            Of(e.ScheduleToCloseTimeout),
            Of(e.ScheduleToStartTimeout),
            Of(e.HeartbeatTimeout),
            Of(retry?.InitialInterval),
            retry?.BackoffCoefficient ?? 0,
            Of(retry?.MaximumInterval),
            retry?.MaximumAttempts ?? 0,
            string.Join(", ", retry?.NonRetryableErrorTypes ?? []));
    }

    /// <summary>Writes these values onto a scheduled event, as the server records them.</summary>
    public void WriteTo(ActivityTaskScheduledEventAttributes e)
    {
        ArgumentNullException.ThrowIfNull(e);
        e.TaskQueue = new() { Name = TaskQueue };
        e.StartToCloseTimeout = Duration.FromTimeSpan(StartToClose);
        e.ScheduleToCloseTimeout = Duration.FromTimeSpan(ScheduleToClose);
        e.ScheduleToStartTimeout = Duration.FromTimeSpan(ScheduleToStart);
        e.HeartbeatTimeout = Duration.FromTimeSpan(Heartbeat);
        e.RetryPolicy = new()
        {
            InitialInterval = Duration.FromTimeSpan(InitialInterval),
            BackoffCoefficient = BackoffCoefficient,
            MaximumInterval = Duration.FromTimeSpan(MaximumInterval),
            MaximumAttempts = MaximumAttempts,
        };
        e.RetryPolicy.NonRetryableErrorTypes.AddRange(
            NonRetryableErrorTypes.Split(", ", StringSplitOptions.RemoveEmptyEntries));
    }

    private static TimeSpan Of(Duration? d) => d?.ToTimeSpan() ?? TimeSpan.Zero;
}
