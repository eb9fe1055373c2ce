namespace PantryPilot.Contracts.DataPipeline;

public sealed record ScheduledDayOutput(DateOnly AsOf);
