namespace PantryPilot.Contracts.Households;

/// <param name="Channel">Which sink took it ("file").</param>
/// <param name="Where">Where it went (a path, a channel name).</param>
/// <param name="AlreadySent">The same id had been delivered before; nothing was sent again.</param>
public sealed record NotificationReceipt(string Id, string Channel, string Where, bool AlreadySent);
