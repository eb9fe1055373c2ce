using System.Text.Json;
using PantryPilot.Domain.Notifications;

namespace PantryPilot.Domain.Tests.Notifications;

/// <summary>Templates on event JSON written by hand in the contracts' layout (camelCase, kind discriminator).</summary>
public sealed class NotificationTemplatesTests
{
    private static NotificationMessage Render(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return NotificationTemplates.Render(doc.RootElement);
    }

    [Fact]
    public void ValidationFailed_ListsExpectationsAndTheReport()
    {
        var message = Render(
            """
            {"kind":"validation-failed","eventId":"e","occurredAt":"2026-03-01T06:00:00Z","runId":"pantry-pipeline-2026-03-01","suite":"inventory_suite",
             "table":"inventory","policy":"stop","reportLocation":"data/reports/validation.html",
             "failingExpectations":[{"type":"expect_column_values_to_not_be_null","column":"expiry_date","unexpectedCount":1234},
                                    {"type":"expect_table_row_count_to_be_between","column":null,"unexpectedCount":null,"detail":"0 rows"}]}
            """
        );

        Assert.Equal("Validation failed: suite inventory_suite on table inventory", message.Title);
        Assert.Equal(NotificationSeverity.Critical, message.Severity);
        Assert.Equal(
            [
                "Run pantry-pipeline-2026-03-01: 2 expectation(s) failed; policy stop.",
                "- expect_column_values_to_not_be_null on expiry_date: 1,234 row(s)",
                "- expect_table_row_count_to_be_between (0 rows)",
                "Report: data/reports/validation.html",
            ],
            message.Lines
        );
    }

    [Fact]
    public void HouseholdAlerts_TwelveAlerts_TenListedAndTheRestCounted()
    {
        var alerts = string.Join(
            ",",
            Enumerable
                .Range(1, 12)
                .Select(i =>
                    $$"""{"alertKind":"low_stock","itemId":"i{{i}}","itemName":"Item {{i}}","detail":"1 left"}"""
                )
        );
        var message = Render(
            $$"""{"kind":"household-alerts","eventId":"e","occurredAt":"2026-03-01T06:00:00Z","householdId":"h-1","alerts":[{{alerts}}]}"""
        );

        Assert.Equal("Household h-1: 12 new alert(s)", message.Title);
        Assert.Equal(11, message.Lines.Count);
        Assert.Equal("- low stock: Item 1, 1 left", message.Lines[0]);
        Assert.Equal("... and 2 more", message.Lines[^1]);
        Assert.Equal(NotificationSeverity.Info, message.Severity);
    }

    [Fact]
    public void ExpiryReminder_SoonestFirst()
    {
        var message = Render(
            """
            {"kind":"expiry-reminder","eventId":"e","occurredAt":"2026-03-01T06:00:00Z","householdId":"h-1","withinDays":3,
             "items":[{"itemId":"a","itemName":"Yoghurt","expiresOn":"2026-03-03","quantity":"400 g"},{"itemId":"b","itemName":"Tofu","expiresOn":"2026-03-02","quantity":"1 pcs"}]}
            """
        );

        Assert.Equal("Household h-1: 2 item(s) expire within 3 day(s)", message.Title);
        Assert.Equal(["- Tofu (1 pcs) expires 2026-03-02", "- Yoghurt (400 g) expires 2026-03-03"], message.Lines);
    }

    [Fact]
    public void ApprovalRequested_NamesCandidateServedModelAndDeadline()
    {
        var message = Render(
            """
            {"kind":"approval-requested","eventId":"e","occurredAt":"2026-03-01T06:00:00Z","workflowId":"recipe-model-nov","entryId":"recipe-model-nov/iter-0008000",
             "candidate":"iter-0008000","rawCompliance":0.96,"servedCompliance":null,"servedEntryId":null,"reportLocation":"r.html","deadline":"2026-03-04T06:00:00+00:00"}
            """
        );

        Assert.Equal("Approval requested: promote recipe-model-nov/iter-0008000?", message.Title);
        Assert.Equal(
            [
                "Candidate iter-0008000 of recipe-model-nov: raw compliance 96.0 %, served compliance n/a.",
                "Served now: nothing (the base model).",
                "Report: r.html",
                "The wait ends 2026-03-04 06:00 UTC; without a decision nothing is promoted.",
            ],
            message.Lines
        );
    }

    [Fact]
    public void TrainingFailed_StageAndError() =>
        Assert.Equal(
            ("Training failed: run-1 at stage train", "TrainerCrashed: exit 137"),
            (
                Render(
                    """{"kind":"training-failed","eventId":"e","occurredAt":"2026-03-01T06:00:00Z","runId":"run-1","stage":"train","error":"TrainerCrashed: exit 137"}"""
                ).Title,
                Render(
                    """{"kind":"training-failed","eventId":"e","occurredAt":"2026-03-01T06:00:00Z","runId":"run-1","stage":"train","error":"TrainerCrashed: exit 137"}"""
                ).Lines[0]
            )
        );

    [Fact]
    public void PromotionRolledBack_SaysWhatIsServedAgain() =>
        Assert.Equal(
            ["b is served again by ana: vegan compliance fell"],
            Render(
                """{"kind":"promotion-rolled-back","eventId":"e","occurredAt":"2026-03-01T06:00:00Z","from":"a","to":"b","by":"ana","reason":"vegan compliance fell"}"""
            ).Lines
        );

    [Fact]
    public void UnknownKind_ArgumentException() =>
        Assert.Throws<ArgumentException>(() => Render("""{"kind":"party","eventId":"e"}"""));

    [Fact]
    public void MissingField_KeyNotFoundNamingIt() =>
        Assert.Equal(
            "the event has no 'stage'",
            Assert
                .Throws<KeyNotFoundException>(() => Render("""{"kind":"training-failed","runId":"r","error":"x"}"""))
                .Message
        );

    [Fact]
    public void WeeklyDigest_WithShoppingListAndExpiryWarnings_ListsBothSections()
    {
        var message = Render(
            """
            {"kind":"weekly-digest","eventId":"weekly-digest:U000001:2026-W10","occurredAt":"2026-03-02T08:00:00Z",
             "householdId":"U000001","weekStarting":"2026-03-02","recipesCooked":2,"itemsExpired":0,
             "itemsExpiringNextWeek":1,"lowStockItems":1,"highlights":["1 item to buy for the next 7 days"],
             "shoppingList":["rice: 1 kg (runs out 2026-03-05)"],
             "expiresBeforeUse":["tofu: about 150 g left when it expires on 2026-03-04"]}
            """
        );

        Assert.Equal("Household U000001: week of 2026-03-02", message.Title);
        Assert.Equal(
            [
                "Recipes cooked: 2; items expired: 0; expiring next week: 1; low stock: 1.",
                "- 1 item to buy for the next 7 days",
                "To buy this week:",
                "- rice: 1 kg (runs out 2026-03-05)",
                "Will expire before it is used:",
                "- tofu: about 150 g left when it expires on 2026-03-04",
            ],
            message.Lines
        );
    }

    [Fact]
    public void WeeklyDigest_WithoutTheNewSections_RendersAsBefore()
    {
        var message = Render(
            """
            {"kind":"weekly-digest","eventId":"d","occurredAt":"2026-03-02T08:00:00Z","householdId":"U1",
             "weekStarting":"2026-03-02","recipesCooked":0,"itemsExpired":0,"itemsExpiringNextWeek":0,"lowStockItems":0,
             "highlights":[]}
            """
        );

        Assert.Equal(["Recipes cooked: 0; items expired: 0; expiring next week: 0; low stock: 0."], message.Lines);
    }
}
