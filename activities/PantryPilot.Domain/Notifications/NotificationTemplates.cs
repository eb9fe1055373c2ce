using System.Globalization;
using System.Text.Json;

namespace PantryPilot.Domain.Notifications;

/// <summary>One template per event kind: the event (as the JSON its contract serializes to, camelCase fields with a
/// <c>kind</c> discriminator) becomes a <see cref="NotificationMessage"/>. Reading the JSON keeps this assembly free of
/// Temporal types; a field a template needs and the event lacks fails loudly (<see
/// cref="KeyNotFoundException"/>).</summary>
public static class NotificationTemplates
{
    /// <summary>At most this many rows of a list (alerts, expectations, items) are spelt out; the rest are
    /// counted.</summary>
    public const int MaxListedRows = 10;

    public static NotificationMessage Render(JsonElement notice)
    {
        var kind = Text(notice, "kind");
        return kind switch
        {
            "validation-failed" => ValidationFailed(notice),
            "household-alerts" => HouseholdAlerts(notice),
            "expiry-reminder" => ExpiryReminder(notice),
            "weekly-digest" => WeeklyDigest(notice),
            "training-finished" => TrainingFinished(notice),
            "training-failed" => TrainingFailed(notice),
            "approval-requested" => ApprovalRequested(notice),
            "promotion-done" => PromotionDone(notice),
            "promotion-rolled-back" => PromotionRolledBack(notice),
            _ => throw new ArgumentException($"no notification template for the event kind '{kind}'", nameof(notice)),
        };
    }

    private static NotificationMessage ValidationFailed(JsonElement e)
    {
        var failing = e.GetProperty("failingExpectations").EnumerateArray().ToList();
        var lines = new List<string>
        {
            $"Run {Text(e, "runId")}: {failing.Count} expectation(s) failed; policy {Text(e, "policy")}.",
        };
        lines.AddRange(Listed(failing, f =>
            {
                var column = OptionalText(f, "column") is { } c ? $" on {c}" : string.Empty;
                var count = OptionalNumber(f, "unexpectedCount") is { } n
                    ? $": {n.ToString("N0", CultureInfo.InvariantCulture)} row(s)"
                    : string.Empty;
                var detail = OptionalText(f, "detail") is { } d ? $" ({d})" : string.Empty;
                return $"- {Text(f, "type")}{column}{count}{detail}";
            }));
        lines.Add($"Report: {Text(e, "reportLocation")}");
        return new(
            $"Validation failed: suite {Text(e, "suite")} on table {Text(e, "table")}",
            NotificationSeverity.Critical,
            lines,
            []
        );
    }

    private static NotificationMessage HouseholdAlerts(JsonElement e)
    {
        var alerts = e.GetProperty("alerts").EnumerateArray().ToList();
        var lines = Listed(alerts, a =>
            $"- {Text(a, "alertKind").Replace('_', ' ')}: {Text(a, "itemName")}, {Text(a, "detail")}"
        );
        var severity = alerts.Any(a => Text(a, "alertKind") == "expired")
            ? NotificationSeverity.Warning
            : NotificationSeverity.Info;
        return new($"Household {Text(e, "householdId")}: {alerts.Count} new alert(s)", severity, lines, []);
    }

    private static NotificationMessage ExpiryReminder(JsonElement e)
    {
        var items = e.GetProperty("items")
            .EnumerateArray()
            .OrderBy(i => Text(i, "expiresOn"), StringComparer.Ordinal)
            .ToList();
        var lines = Listed(items, i =>
            $"- {Text(i, "itemName")} ({Text(i, "quantity")}) expires {Text(i, "expiresOn")}"
        );
        var days = e.GetProperty("withinDays").GetInt32();
        return new(
            $"Household {Text(e, "householdId")}: {items.Count} item(s) expire within {days} day(s)",
            NotificationSeverity.Info,
            lines,
            []
        );
    }

    private static NotificationMessage WeeklyDigest(JsonElement e)
    {
        var lines = new List<string>
        {
            $"Recipes cooked: {Int(e, "recipesCooked")}; items expired: {Int(e, "itemsExpired")}; "
                + $"expiring next week: {Int(e, "itemsExpiringNextWeek")}; low stock: {Int(e, "lowStockItems")}.",
        };
        lines.AddRange(Listed(e.GetProperty("highlights").EnumerateArray().ToList(), h => $"- {h.GetString()}"));
        // Optional sections (release 2 of the household digest); absent or null in older events.
        AddSection(lines, e, "shoppingList", "To buy this week:");
        AddSection(lines, e, "expiresBeforeUse", "Will expire before it is used:");
        return new(
            $"Household {Text(e, "householdId")}: week of {Text(e, "weekStarting")}",
            NotificationSeverity.Info,
            lines,
            []
        );
    }

    private static NotificationMessage TrainingFinished(JsonElement e)
    {
        var lines = new List<string>
        {
            $"{Int(e, "iterations").ToString("N0", CultureInfo.InvariantCulture)} iteration(s), " +
            $"{Int(e, "checkpoints")} checkpoint(s).",
        };
        if (OptionalText(e, "bestCandidate") is { } best)
        {
            lines.Add(
                $"Best candidate {best}: raw compliance {Percent(e, "rawCompliance")}, served compliance " +
                $"{Percent(e, "servedCompliance")}, parse rate {Percent(e, "parseRate")}."
            );
        }
        else
        {
            lines.Add("No candidate could be evaluated.");
        }

        if (OptionalText(e, "comparisonLocation") is { } report)
        {
            lines.Add($"Comparison: {report}");
        }

        return new($"Training finished: {Text(e, "runId")}", NotificationSeverity.Info, lines, []);
    }

    private static NotificationMessage TrainingFailed(JsonElement e) =>
        new(
            $"Training failed: {Text(e, "runId")} at stage {Text(e, "stage")}",
            NotificationSeverity.Critical,
            [Text(e, "error")],
            []
        );

    private static NotificationMessage ApprovalRequested(JsonElement e)
    {
        var served = OptionalText(e, "servedEntryId") ?? "nothing (the base model)";
        var deadline = e.GetProperty("deadline")
            .GetDateTimeOffset()
            .ToUniversalTime()
            .ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var lines = new List<string>
        {
            $"Candidate {Text(e, "candidate")} of {Text(e, "workflowId")}: raw compliance " +
            $"{Percent(e, "rawCompliance")}, served compliance {Percent(e, "servedCompliance")}.",
            $"Served now: {served}.",
            $"Report: {Text(e, "reportLocation")}",
            $"The wait ends {deadline}; without a decision nothing is promoted.",
        };
        return new($"Approval requested: promote {Text(e, "entryId")}?", NotificationSeverity.Warning, lines, []);
    }

    private static NotificationMessage PromotionDone(JsonElement e)
    {
        var approved = OptionalText(e, "approvedBy") is { } by ? $", approved by {by}" : string.Empty;
        return new(
            $"Promoted {Text(e, "entryId")}",
            NotificationSeverity.Info,
            [$"Served from now on{approved}; before: {OptionalText(e, "previous") ?? "nothing"}."],
            []
        );
    }

    private static NotificationMessage PromotionRolledBack(JsonElement e)
    {
        var by = OptionalText(e, "by") is { } who ? $" by {who}" : string.Empty;
        var reason = OptionalText(e, "reason") is { } why ? $": {why}" : ".";
        return new(
            $"Rolled back {Text(e, "from")} to {Text(e, "to")}",
            NotificationSeverity.Warning,
            [$"{Text(e, "to")} is served again{by}{reason}"],
            []
        );
    }

    private static void AddSection(List<string> lines, JsonElement e, string name, string heading)
    {
        if (e.TryGetProperty(name, out var rows) && rows.ValueKind == JsonValueKind.Array && rows.GetArrayLength() > 0)
        {
            lines.Add(heading);
            lines.AddRange(Listed(rows.EnumerateArray().ToList(), r => $"- {r.GetString()}"));
        }
    }

    private static List<string> Listed(IReadOnlyList<JsonElement> rows, Func<JsonElement, string> line)
    {
        var lines = rows.Take(MaxListedRows).Select(line).ToList();
        if (rows.Count > MaxListedRows)
        {
            lines.Add($"... and {rows.Count - MaxListedRows} more");
        }

        return lines;
    }

    private static string Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.ValueKind == JsonValueKind.String
                ? value.GetString()!
                : value.GetRawText()
            : throw new KeyNotFoundException($"the event has no '{name}'");

    private static string? OptionalText(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? OptionalNumber(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;

    private static int Int(JsonElement e, string name) => e.GetProperty(name).GetInt32();

    private static string Percent(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDouble().ToString("P1", CultureInfo.InvariantCulture)
            : "n/a";
}
