namespace PantryPilot.Contracts.Notifications;

/// <summary>The event kinds: the JSON discriminator of <see cref="NotificationEvent"/>, the names channels subscribe to
/// (Notifications:Channels:NAME:Events) and what `pantrypilot notify test --event` takes.</summary>
public static class NotificationKinds
{
    public const string ValidationFailed = "validation-failed";

    public const string HouseholdAlerts = "household-alerts";

    public const string ExpiryReminder = "expiry-reminder";

    public const string WeeklyDigest = "weekly-digest";

    public const string TrainingFinished = "training-finished";

    public const string TrainingFailed = "training-failed";

    public const string ApprovalRequested = "approval-requested";

    public const string PromotionDone = "promotion-done";

    public const string PromotionRolledBack = "promotion-rolled-back";

    public static IReadOnlyList<string> All { get; } =
    [
        ValidationFailed,
        HouseholdAlerts,
        ExpiryReminder,
        WeeklyDigest,
        TrainingFinished,
        TrainingFailed,
        ApprovalRequested,
        PromotionDone,
        PromotionRolledBack,
    ];
}
