namespace PantryPilot.Workflows.Households;

/// <summary>Local times of a household: reminders fire at 09:00 two days before a lot expires, the digest on Mondays at
/// 08:00, both in the household's time zone.</summary>
public static class HouseholdClock
{
    public const int ReminderLeadDays = 2;

    public static readonly TimeSpan ReminderTime = TimeSpan.FromHours(9);

    public static readonly TimeSpan DigestTime = TimeSpan.FromHours(8);

    public static TimeZoneInfo Zone(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    public static DateOnly Today(DateTime utcNow, string? zone)
        => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utcNow, Zone(zone)));

    /// <summary>When the reminder for a lot expiring on <paramref name="expires"/> is due (UTC): 09:00 local two days
    /// before; at once when that has passed but the lot has not expired; null for a lot already expired.</summary>
    public static DateTime? ReminderDue(DateOnly expires, DateTime utcNow, string? zone)
    {
        if (expires < Today(utcNow, zone))
        {
            return null;
        }

        var due = ToUtc(expires.AddDays(-ReminderLeadDays).ToDateTime(TimeOnly.FromTimeSpan(ReminderTime)), zone);
        return due < utcNow ? utcNow : due;
    }

    /// <summary>The next Monday 08:00 local strictly after <paramref name="utcNow"/>, in UTC.</summary>
    public static DateTime NextDigest(DateTime utcNow, string? zone)
    {
        var today = Today(utcNow, zone);
        for (var day = 0; day <= 7; day++)
        {
            var date = today.AddDays(day);
            if (date.DayOfWeek != DayOfWeek.Monday)
            {
                continue;
            }

            var due = ToUtc(date.ToDateTime(TimeOnly.FromTimeSpan(DigestTime)), zone);
            if (due > utcNow)
            {
                return due;
            }
        }

        return ToUtc(today.AddDays(7).ToDateTime(TimeOnly.FromTimeSpan(DigestTime)), zone);
    }

    private static DateTime ToUtc(DateTime local, string? zone)
    {
        var info = Zone(zone);
        // A local time skipped by a DST change is moved an hour on rather than rejected.
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (info.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(unspecified, info);
    }
}
