namespace PantryPilot.Contracts.DataPipeline;

/// <summary>Input of the activity that dates a scheduled run (release 2): time-zone rules are read by a worker, not by
/// workflow code, where an update of the zone files would change the day a replay computes.</summary>
/// <param name="TimeZone">IANA zone id.</param>
public sealed record ScheduledDayInput(DateTimeOffset ScheduledAt, string TimeZone);
