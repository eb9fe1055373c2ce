using System.Globalization;
using PantryPilot.Contracts.Households;
using PantryPilot.Contracts.Notifications;

namespace PantryPilot.Workflows.Households;

/// <summary>The weekly digest of release 2, composed once for the workflow's Monday notice and for
/// `pantrypilot household digest`: the shopping list for the next 7 days, the lots that will expire before they are
/// used, and the week's figures. Its event id is per household and ISO week, so a retried or repeated send of one
/// week's digest is delivered once. Pure: the same inputs give the same event (workflow code).</summary>
public static class WeeklyDigestComposer
{
    public const int HorizonDays = 7;

    /// <summary>"2026-W10": the ISO week of <paramref name="day"/>.</summary>
    public static string IsoWeek(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return string.Create(
            CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}");
    }

    public static string EventId(string householdId, DateOnly day) =>
        NotificationEvent.Key(NotificationKinds.WeeklyDigest, householdId, IsoWeek(day));

    /// <param name="list">The shopping list for the next 7 days, or null when it could not be planned
    /// (<paramref name="listProblem"/> says why).</param>
    public static WeeklyDigestEvent Compose(
        string householdId,
        DateOnly today,
        DateTimeOffset occurredAt,
        ShoppingListView? list,
        string? listProblem,
        IReadOnlyList<PantryLot> lots,
        int recipesCooked)
    {
        ArgumentNullException.ThrowIfNull(lots);
        var day = today.ToDateTime(TimeOnly.MinValue);
        var monday = DateOnly.FromDateTime(
            ISOWeek.ToDateTime(ISOWeek.GetYear(day), ISOWeek.GetWeekOfYear(day), DayOfWeek.Monday));
        var expired = lots.Count(l => l.Expires is { } e && e < today);
        var expiring = lots.Count(l => l.Expires is { } e && e >= today && e < today.AddDays(HorizonDays));
        var buy = list?.Items.Select(Line).ToList() ?? [];
        var warnings = list?.ExpiresBeforeUse?.Select(Warning).ToList() ?? [];
        var lowStock = list?.Items.Count(i => i.Reasons.Contains("below_min_stock")) ?? 0;
        var highlights = new List<string>
        {
            list is null
                ? $"No shopping list this week: {listProblem}"
                : $"{Count(buy.Count, "item")} to buy for the next {HorizonDays} days",
        };
        if (warnings.Count > 0)
        {
            var them = warnings.Count == 1 ? "it" : "them";
            highlights.Add($"{Count(warnings.Count, "lot")} will expire before you use {them}");
        }

        if (list is { Notes.Count: > 0 })
        {
            highlights.Add(
                $"{Count(list.Notes.Count, "note")} on what the list could not count (see the shopping list)");
        }

        return new WeeklyDigestEvent(
            EventId(householdId, today), occurredAt, householdId, monday, recipesCooked, expired, expiring, lowStock,
            highlights, buy, warnings);
    }

    private static string Line(ShoppingListItem item)
    {
        var why = item.RunsOutOn is { } day
            ? $"runs out {Iso(day)}"
            : string.Join(", ", item.Reasons.Select(r => r.Replace('_', ' ')));
        var recipes = item.Recipes is { Count: > 0 } names ? $"; for {string.Join(", ", names)}" : string.Empty;
        return $"{item.Name}: {item.Display} ({why}{recipes})";
    }

    private static string Warning(ExpiryWarning w) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{w.Name}: about {w.Left:0.#} {w.Unit} left when it expires on {Iso(w.Expires)}");

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
