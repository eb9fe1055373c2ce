namespace PantryPilot.Contracts.DataPipeline;

public sealed record WriteRunReportInput(PipelineRun Run, PipelineSummary Summary);
