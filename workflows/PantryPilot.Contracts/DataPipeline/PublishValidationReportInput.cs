namespace PantryPilot.Contracts.DataPipeline;

public sealed record PublishValidationReportInput(PipelineRun Run, IReadOnlyList<string> ResultPaths);
