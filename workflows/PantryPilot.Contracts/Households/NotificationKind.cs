namespace PantryPilot.Contracts.Households;

public enum NotificationKind
{
    /// <summary>A stock lot expires soon.</summary>
    ExpiryReminder,

    /// <summary>The weekly summary: what expires in the coming week, what was cooked and liked.</summary>
    WeeklyDigest,
}
