namespace PantryPilot.Contracts.DataPipeline;

public sealed record BuildReportsOutput(string BiasCsvPath, string ProfileCsvPath, string HtmlPath);
