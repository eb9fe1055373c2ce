namespace PantryPilot.Contracts.DataPipeline;

public sealed record PublishValidationReportOutput(string HtmlPath, string SummaryCsvPath);
