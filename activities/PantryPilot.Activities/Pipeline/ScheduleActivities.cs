using PantryPilot.Contracts.DataPipeline;
using Temporalio.Activities;

namespace PantryPilot.Activities.Pipeline;

/// <summary>Dates a scheduled run: the calendar day of its scheduled start in the schedule's time zone. An activity
/// because time-zone rules come from files on the machine (and change with updates): workflow code that read them
/// could compute another day on replay.</summary>
public class ScheduleActivities
{
    [Activity(ActivityNames.ScheduledDay)]
    public Task<ScheduledDayOutput> ScheduledDayAsync(ScheduledDayInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(input.TimeZone);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new BadInputException(
                $"the schedule's time zone '{input.TimeZone}' is not a known IANA zone on this worker "
                + $"(e.g. Europe/Berlin): {e.Message}");
        }

        var local = TimeZoneInfo.ConvertTime(input.ScheduledAt, zone);
        return Task.FromResult(new ScheduledDayOutput(DateOnly.FromDateTime(local.DateTime)));
    }
}
