using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PantryPilot.Contracts.Households;
using PantryPilot.Contracts.Notifications;

namespace PantryPilot.Workflows.Households;

/// <summary>The durable timers: a reminder before each lot expires (gone when the lot is used up) and the weekly
/// digest, both through the one notifier. The workflow sleeps until <see cref="NextDue"/> and then calls
/// <see cref="FireDueAsync"/>; the in-process host calls it at every command.</summary>
public sealed partial class HouseholdHandlers
{
    /// <summary>The digest lists what expires within this many days.</summary>
    public const int DigestHorizonDays = 7;

    /// <summary>When the next reminder or digest is due (UTC); null when nothing is pending.</summary>
    public DateTime? NextDue
    {
        get
        {
            var reminder = State.Reminders.Count == 0 ? (DateTime?)null : State.Reminders.Min(r => r.DueAt);
            return (reminder, State.DigestDue) switch
            {
                (null, var digest) => digest,
                (var r, null) => r,
                (var r, var digest) => r < digest ? r : digest,
            };
        }
    }

    /// <summary>Sends what is due now: one reminder for the lots due, the digest when its day has come.</summary>
    public async Task FireDueAsync()
    {
        var now = effects.UtcNow;
        var due = State.Reminders.Where(r => r.DueAt <= now).OrderBy(r => r.Expires).ThenBy(r => r.LotId).ToList();
        if (due.Count > 0)
        {
            var items = due
                .Select(r => $"{r.Name} (expires {r.Expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})")
                .ToList();
            var title = due.Count == 1
                ? $"{due[0].Name} expires on {due[0].Expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
                : $"{due.Count} items expire soon";
            var id = $"expiry-{Id}-{Digest(string.Join(',', due.Select(r => $"{r.LotId}@{r.Expires:yyyyMMdd}")))}";
            await NotifyAsync(new HouseholdNotification(
                id,
                Id,
                NotificationKind.ExpiryReminder,
                due[0].DueAt,
                title,
                "Use soon: " + string.Join(", ", items),
                items));
            State.Reminders.RemoveAll(r => due.Any(d => d.LotId == r.LotId));
            State.Record(new HistoryEntry(now, "reminder", id, title));
        }

        if (State.DigestDue is { } digestDue && digestDue <= now)
        {
            if (effects.Release2)
            {
                var notice = await SendDigestAsync();
                State.Record(new HistoryEntry(
                    now,
                    "digest",
                    notice.EventId,
                    $"week of {notice.WeekStarting:yyyy-MM-dd}: {notice.ShoppingList!.Count} to buy, "
                    + $"{notice.ExpiresBeforeUse!.Count} expire before use"));
            }
            else
            {
                var notification = WeeklyDigest(digestDue);
                await NotifyAsync(notification);
                State.Record(new HistoryEntry(now, "digest", notification.Id, notification.Title));
            }

            State.DigestDue = HouseholdClock.NextDigest(now, State.Profile.TimeZone);
        }
    }

    /// <summary>Release 2's digest as it would be sent now (the shopping list is read by its activity, and kept for
    /// the shopping-list query), not sent.</summary>
    public async Task<WeeklyDigestEvent> ComposeDigestAsync()
    {
        ShoppingListView? list = null;
        string? problem = null;
        var seen = State.ShoppingList.Changes;
        try
        {
            list = await HouseholdFailures.TypedAsync(
                "planning the shopping list",
                () => effects.Activities.ShoppingListAsync(ShoppingInput(WeeklyDigestComposer.HorizonDays)));
            State.ShoppingList.Keep(list, effects.UtcNow, seen);
        }
        catch (Temporalio.Exceptions.ApplicationFailureException e)
        {
            // The digest still goes out, saying why it has no list: its figures and expiry counts stand on their own.
            problem = e.Message;
        }

        var week = effects.UtcNow.AddDays(-7);
        var cooked = State.History.Count(h => h.At >= week && h.Kind == HouseholdNames.Cook);
        return WeeklyDigestComposer.Compose(
            Id,
            Today,
            new DateTimeOffset(effects.UtcNow, TimeSpan.Zero),
            list,
            problem,
            State.Lots,
            cooked);
    }

    /// <summary>Release 2: the digest through send-notification (notifications queue), its id per household and ISO
    /// week. A notice that could not be delivered is recorded; the timers go on.</summary>
    private async Task<WeeklyDigestEvent> SendDigestAsync()
    {
        var notice = await ComposeDigestAsync();
        try
        {
            var sent = await HouseholdFailures.TypedAsync(
                "the notifier",
                () => effects.Notices.SendAsync(new SendNotificationInput(notice)));
            if (!sent.AllDelivered)
            {
                State.Record(new HistoryEntry(
                    effects.UtcNow,
                    "notify-failed",
                    notice.EventId,
                    string.Join("; ", sent.Deliveries.Select(d => $"{d.Channel}: {d.Status}"))));
            }
        }
        catch (Temporalio.Exceptions.ApplicationFailureException e)
        {
            State.Record(new HistoryEntry(effects.UtcNow, "notify-failed", notice.EventId, e.Message));
        }

        return notice;
    }

    /// <summary>Recomputes every reminder and the digest in the household's (possibly new) time zone.</summary>
    private void Retime()
    {
        State.Reminders.Clear();
        foreach (var lot in State.Lots)
        {
            Remind(lot);
        }

        if (State.Known)
        {
            State.DigestDue = HouseholdClock.NextDigest(effects.UtcNow, State.Profile.TimeZone);
        }
    }

    private void Remind(PantryLot lot)
    {
        State.Reminders.RemoveAll(r => r.LotId == lot.LotId);
        if (lot.Expires is { } expires
            && HouseholdClock.ReminderDue(expires, effects.UtcNow, State.Profile.TimeZone) is { } due)
        {
            State.Reminders.Add(new PendingReminder(lot.LotId, lot.Name, expires, due));
        }
    }

    private HouseholdNotification WeeklyDigest(DateTime due)
    {
        var today = Today;
        var week = effects.UtcNow.AddDays(-7);
        var expiring = State.Lots.Where(l => l.Expires is { } e && e <= today.AddDays(DigestHorizonDays))
            .OrderBy(l => l.Expires).Select(l => $"{l.Name} (expires {l.Expires:yyyy-MM-dd})").ToList();
        var recent = State.History.Where(h => h.At >= week).ToList();
        int Count(string kind) => recent.Count(h => h.Kind == kind);
        var body = string.Create(
            CultureInfo.InvariantCulture,
            $"This week: {Count(HouseholdNames.RequestRecipe)} recipes asked, {Count(HouseholdNames.Cook)} cooked, "
            + $"{Count(HouseholdNames.Feedback)} rated, {Count(HouseholdNames.RecordPurchase)} purchases. Expiring "
            + $"within {DigestHorizonDays} days: {(expiring.Count == 0 ? "nothing" : string.Join(", ", expiring))}.");
        var id = $"digest-{Id}-{due.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}";
        return new HouseholdNotification(
            id,
            Id,
            NotificationKind.WeeklyDigest,
            due,
            $"Your pantry this week ({expiring.Count} expiring)",
            body,
            expiring);
    }

    private async Task NotifyAsync(HouseholdNotification notification)
    {
        try
        {
            await HouseholdFailures.TypedAsync("the notifier", () => effects.Notifier.NotifyAsync(notification));
        }
        catch (Temporalio.Exceptions.ApplicationFailureException e)
        {
            // A notice that could not be delivered after its retries is recorded, not retried forever: the timers go
            // on.
            State.Record(new HistoryEntry(effects.UtcNow, "notify-failed", notification.Id, e.Message));
        }
    }

    private static string Digest(string text)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
