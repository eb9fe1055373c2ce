using System.Text.Json;
using Microsoft.Extensions.Logging;
using PantryPilot.Activities.Approval;
using PantryPilot.Contracts.Notifications;
using PantryPilot.Domain.Notifications;

namespace PantryPilot.Activities.Notifications;

/// <summary>Sends one event to its channels, each exactly once per event id: for every channel, claim the delivery in
/// the ledger, send (with the channel's retries and rate limit), record the outcome. Everything that leaves this class,
/// logs and outcomes alike, goes through the <see cref="SecretMask"/> of every configured secret.</summary>
public sealed class Notifier(
    NotificationChannels channels,
    IDeliveryLedger ledger,
    ApprovalLinks links,
    SecretMask mask,
    NotificationLease lease,
    TimeProvider clock,
    ILogger<Notifier> logger
)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<SendNotificationOutput> SendAsync(
        SendNotificationInput input,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(input);
        var notice = input.Event ?? throw new NotificationInputException("the input carries no event");
        if (NotificationKey.Problem(notice.EventId) is { } problem)
        {
            throw new NotificationInputException(problem);
        }

        var outgoing = Render(notice);
        var targets = Targets(input, notice.Kind);
        var deliveries = new List<ChannelDelivery>();
        foreach (var sender in targets)
        {
            deliveries.Add(await DeliverAsync(sender, outgoing, cancellationToken));
        }

        if (targets.Count == 0)
        {
            logger.LogInformation(
                "Notification {EventId} ({Kind}): no channel subscribes to this kind",
                notice.EventId,
                notice.Kind
            );
        }

        return new SendNotificationOutput(notice.EventId, notice.Kind, deliveries);
    }

    /// <summary>The event as the contracts serialize it (with its kind), rendered by its template; an approval request
    /// gets its signed links here.</summary>
    public OutgoingNotification Render(NotificationEvent notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var json = JsonSerializer.SerializeToElement(notice, Json);
        NotificationMessage message;
        try
        {
            message = NotificationTemplates.Render(json);
        }
        catch (KeyNotFoundException e)
        {
            throw new NotificationInputException($"event {notice.EventId} ({notice.Kind}): {e.Message}");
        }

        if (notice is ApprovalRequestedEvent request)
        {
            var minted = links.For(request.WorkflowId, request.EntryId, request.Deadline);
            message =
                minted.Count > 0
                    ? message.WithLinks(minted)
                    : message with
                    {
                        Lines =
                        [
                            .. message.Lines,
                            $"Decide with: pantrypilot model approve --id {request.WorkflowId} --by NAME (or --refuse)",
                        ],
                    };
        }

        return new OutgoingNotification(notice.EventId, notice.Kind, notice.OccurredAt, message, json);
    }

    private List<ChannelSender> Targets(SendNotificationInput input, string kind)
    {
        if (input.Channels is null)
        {
            return [.. channels.All.Where(c => c.Options.Subscribes(kind))];
        }

        return
        [
            .. input.Channels.Select(name =>
                channels.Find(name)
                ?? throw new NotificationInputException(
                    $"no notification channel '{name}' is configured on this host (configured: " +
                    $"{string.Join(", ", channels.All.Select(c => c.Name))})"
                )
            ),
        ];
    }

    private async Task<ChannelDelivery> DeliverAsync(
        ChannelSender sender,
        OutgoingNotification outgoing,
        CancellationToken cancellationToken
    )
    {
        var (action, record) = await ledger.ClaimAsync(
            outgoing.EventId,
            sender.Name,
            clock.GetUtcNow(),
            lease.Duration,
            cancellationToken
        );
        switch (action)
        {
            case ClaimAction.AlreadySent:
                return Report(
                    new ChannelDelivery(
                        sender.Name,
                        DeliveryStatus.AlreadyDelivered,
                        0,
                        $"delivered before ({record?.Detail}); nothing sent"
                    ),
                    outgoing
                );
            case ClaimAction.AlreadyRejected:
                return Report(
                    new ChannelDelivery(
                        sender.Name,
                        DeliveryStatus.Rejected,
                        0,
                        $"refused before: {record?.Detail}; nothing sent"
                    ),
                    outgoing
                );
            case ClaimAction.Busy:
                throw new DeliveryInFlightException(
                    $"event {outgoing.EventId} on channel {sender.Name} is being sent by another worker until " +
                    $"{record?.LeaseUntil:u}; try again later"
                );
        }

        if (action == ClaimAction.Resend)
        {
            logger.LogWarning(
                "Notification {EventId} on {Channel}: an earlier sender claimed it and never recorded an outcome; " +
                "sending again with the same Idempotency-Key",
                outgoing.EventId,
                sender.Name
            );
        }

        var (answer, attempts) = await sender.SendAsync(outgoing, cancellationToken);
        var detail = mask.Apply(answer.Detail);
        var (state, status) = answer.Verdict switch
        {
            ReceiverVerdict.Accepted => (DeliveryState.Sent, DeliveryStatus.Delivered),
            ReceiverVerdict.Permanent => (DeliveryState.Rejected, DeliveryStatus.Rejected),
            _ => (DeliveryState.Failed, DeliveryStatus.GaveUp),
        };
        await ledger.RecordAsync(outgoing.EventId, sender.Name, state, detail, clock.GetUtcNow(), cancellationToken);
        return Report(new ChannelDelivery(sender.Name, status, attempts, detail), outgoing);
    }

    private ChannelDelivery Report(ChannelDelivery delivery, OutgoingNotification outgoing)
    {
        var level = delivery.Status is DeliveryStatus.Delivered or DeliveryStatus.AlreadyDelivered
            ? LogLevel.Information
            : LogLevel.Warning;
        logger.Log(
            level,
            "Notification {EventId} ({Kind}) on {Channel}: {Status} after {Attempts} attempt(s): {Detail}",
            outgoing.EventId,
            outgoing.Kind,
            delivery.Channel,
            delivery.Status,
            delivery.Attempts,
            delivery.Detail
        );
        return delivery;
    }
}
