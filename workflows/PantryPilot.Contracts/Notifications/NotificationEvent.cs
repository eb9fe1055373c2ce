using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.Notifications;

/// <summary>Something a person should hear about. <see cref="EventId"/> is the idempotency key: the same event sent
/// twice (a retried activity, a duplicated signal) reaches each channel once. Build it from what identifies the
/// occurrence (workflow id, stage, table, date: <c>NotificationEvent.Key(...)</c>), never from a clock or a random
/// value, so that a retry carries the same key. Serialized with its <c>kind</c> discriminator
/// (<see cref="NotificationKinds"/>).</summary>
/// <param name="EventId">Idempotency key: printable ASCII, at most 200 characters.</param>
/// <param name="OccurredAt">When it happened (the workflow's time, so a retry carries the same value).</param>
[JsonPolymorphic(
    TypeDiscriminatorPropertyName = "kind",
    UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization
)]
[JsonDerivedType(typeof(ValidationFailedEvent), NotificationKinds.ValidationFailed)]
[JsonDerivedType(typeof(HouseholdAlertsEvent), NotificationKinds.HouseholdAlerts)]
[JsonDerivedType(typeof(ExpiryReminderEvent), NotificationKinds.ExpiryReminder)]
[JsonDerivedType(typeof(WeeklyDigestEvent), NotificationKinds.WeeklyDigest)]
[JsonDerivedType(typeof(TrainingFinishedEvent), NotificationKinds.TrainingFinished)]
[JsonDerivedType(typeof(TrainingFailedEvent), NotificationKinds.TrainingFailed)]
[JsonDerivedType(typeof(ApprovalRequestedEvent), NotificationKinds.ApprovalRequested)]
[JsonDerivedType(typeof(PromotionDoneEvent), NotificationKinds.PromotionDone)]
[JsonDerivedType(typeof(PromotionRolledBackEvent), NotificationKinds.PromotionRolledBack)]
public abstract record NotificationEvent(string EventId, DateTimeOffset OccurredAt)
{
    /// <summary>The kind, as pinned in <see cref="NotificationKinds"/> (the discriminator written as
    /// <c>kind</c>).</summary>
    [JsonIgnore]
    public string Kind =>
        this switch
        {
            ValidationFailedEvent => NotificationKinds.ValidationFailed,
            HouseholdAlertsEvent => NotificationKinds.HouseholdAlerts,
            ExpiryReminderEvent => NotificationKinds.ExpiryReminder,
            WeeklyDigestEvent => NotificationKinds.WeeklyDigest,
            TrainingFinishedEvent => NotificationKinds.TrainingFinished,
            TrainingFailedEvent => NotificationKinds.TrainingFailed,
            ApprovalRequestedEvent => NotificationKinds.ApprovalRequested,
            PromotionDoneEvent => NotificationKinds.PromotionDone,
            PromotionRolledBackEvent => NotificationKinds.PromotionRolledBack,
            _ => throw new NotSupportedException($"{GetType().Name} has no notification kind"),
        };

    /// <summary>An event id from the parts that identify the occurrence:
    /// <c>validation-failed:run-7:inventory</c>.</summary>
    public static string Key(string kind, params string[] parts) => string.Join(':', [kind, .. parts]);
}
