namespace PantryPilot.Activities.Notifications;

/// <summary>One way out: a webhook, a file. <see cref="SendOnceAsync"/> makes exactly one attempt; retries, the rate
/// limit and the per-attempt timeout are <see cref="ChannelSender"/>'s. Network failures are thrown (transient); an
/// HTTP answer is returned, classified.</summary>
public interface INotificationChannel
{
    string Name { get; }

    ChannelOptions Options { get; }

    Task<SendAttempt> SendOnceAsync(OutgoingNotification notification, CancellationToken cancellationToken);
}
