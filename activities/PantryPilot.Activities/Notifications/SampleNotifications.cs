using PantryPilot.Contracts.Notifications;

namespace PantryPilot.Activities.Notifications;

/// <summary>A realistic event of each kind, for `pantrypilot notify test`: every field set, so a channel shows the
/// whole template. Each call gets a fresh event id (a test is meant to be sent).</summary>
public static class SampleNotifications
{
    public static NotificationEvent Of(string kind, DateTimeOffset now, string? eventId = null)
    {
        var id = eventId
            ?? NotificationEvent.Key(
                "test",
                kind,
                now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
                Guid.NewGuid().ToString("N")[..8]
            );
        return kind switch
        {
            NotificationKinds.ValidationFailed => new ValidationFailedEvent(
                id,
                now,
                "pantry-pipeline-2026-03-01",
                "inventory_suite",
                "inventory",
                [
                    new("expect_column_values_to_not_be_null", "expiry_date", 42),
                    new("expect_column_values_to_be_in_set", "unit", 7, "bushel, handful"),
                ],
                "data/2026-03-01/reports/validation.html",
                "quarantine"
            ),
            NotificationKinds.HouseholdAlerts => new HouseholdAlertsEvent(
                id,
                now,
                "household-17",
                [
                    new("expired", "milk-1", "Whole milk", "expired 2026-02-28"),
                    new("low_stock", "rice-2", "Basmati rice", "120 g left, reorder at 250 g"),
                ]
            ),
            NotificationKinds.ExpiryReminder => new ExpiryReminderEvent(
                id,
                now,
                "household-17",
                3,
                [
                    new("yog-3", "Greek yoghurt", new DateOnly(2026, 3, 3), "400 g"),
                    new("tofu-1", "Firm tofu", new DateOnly(2026, 3, 2), "1 pcs"),
                ]
            ),
            NotificationKinds.WeeklyDigest => new WeeklyDigestEvent(
                id,
                now,
                "household-17",
                new DateOnly(2026, 2, 23),
                5,
                1,
                4,
                2,
                ["Basmati rice runs out in about 5 days at the usual rate", "Kimchi was used faster than usual"]
            ),
            NotificationKinds.TrainingFinished => new TrainingFinishedEvent(
                id,
                now,
                "recipe-model-2026-03-01",
                8250,
                16,
                "iter-0008000",
                0.96,
                1.0,
                0.98,
                "data/recipe-model/models/recipe-model-2026-03-01/evaluation/checkpoint_comparison.html"
            ),
            NotificationKinds.TrainingFailed => new TrainingFailedEvent(
                id,
                now,
                "recipe-model-2026-03-01",
                "train",
                "TrainerOutOfMemoryExhausted: out of memory at batch size 1 and max sequence 512"
            ),
            NotificationKinds.ApprovalRequested => new ApprovalRequestedEvent(
                id,
                now,
                "recipe-model-2026-03-01",
                "recipe-model-2026-03-01/iter-0008000",
                "iter-0008000",
                0.96,
                1.0,
                "recipe-model-2026-02-01/iter-0004000",
                "data/recipe-model/models/recipe-model-2026-03-01/evaluation/checkpoint_comparison.html",
                now.AddHours(72)
            ),
            NotificationKinds.PromotionDone => new PromotionDoneEvent(
                id,
                now,
                "recipe-model-2026-03-01/iter-0008000",
                "recipe-model-2026-02-01/iter-0004000",
                "ana"
            ),
            NotificationKinds.PromotionRolledBack => new PromotionRolledBackEvent(
                id,
                now,
                "recipe-model-2026-03-01/iter-0008000",
                "recipe-model-2026-02-01/iter-0004000",
                "ana",
                "served compliance for vegan fell after promotion"
            ),
            _ => throw new ArgumentException(
                $"unknown event kind '{kind}'; known: {string.Join(", ", NotificationKinds.All)}",
                nameof(kind)
            ),
        };
    }
}
