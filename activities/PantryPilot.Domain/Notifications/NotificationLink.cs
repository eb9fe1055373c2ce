namespace PantryPilot.Domain.Notifications;

/// <summary>A link a message offers: a report, or a button such as "Approve as ana".</summary>
public sealed record NotificationLink(string Label, string Url);
