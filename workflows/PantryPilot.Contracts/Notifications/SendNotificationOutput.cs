namespace PantryPilot.Contracts.Notifications;

/// <param name="Deliveries">One per channel the event went to (none when no channel subscribes to its kind).</param>
public sealed record SendNotificationOutput(string EventId, string Kind, IReadOnlyList<ChannelDelivery> Deliveries)
{
    public bool AllDelivered =>
        Deliveries.All(d => d.Status is DeliveryStatus.Delivered or DeliveryStatus.AlreadyDelivered);
}
