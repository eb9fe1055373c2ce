namespace PantryPilot.Contracts.DataPipeline;

public sealed record WriteRunReportOutput(string Path);
