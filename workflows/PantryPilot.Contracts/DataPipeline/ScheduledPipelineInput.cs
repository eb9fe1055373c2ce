namespace PantryPilot.Contracts.DataPipeline;

/// <summary>Input of the scheduled workflow the daily Temporal Schedule starts.</summary>
/// <param name="Template">The run of each day; its RunId and AsOf are replaced by the scheduled day's.</param>
/// <param name="TimeZone">IANA zone of the schedule: the as-of is the scheduled start time's date in this zone.</param>
public sealed record ScheduledPipelineInput(PipelineRun Template, string TimeZone);
