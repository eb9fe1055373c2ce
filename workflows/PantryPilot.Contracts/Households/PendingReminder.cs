namespace PantryPilot.Contracts.Households;

/// <summary>A reminder that a lot expires soon: due at <paramref name="DueAt"/> (UTC), cancelled when the lot is used
/// up.</summary>
public sealed record PendingReminder(long LotId, string Name, DateOnly Expires, DateTime DueAt);
