namespace PantryPilot.Contracts.Notifications;

/// <param name="Attempts">HTTP attempts made by this call (0 when nothing was sent).</param>
/// <param name="Detail">Status code and the receiver's error, with every configured secret masked.</param>
public sealed record ChannelDelivery(string Channel, DeliveryStatus Status, int Attempts, string Detail);
