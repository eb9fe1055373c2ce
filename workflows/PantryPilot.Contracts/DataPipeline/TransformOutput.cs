namespace PantryPilot.Contracts.DataPipeline;

public sealed record TransformOutput(DataTable Table, string ProcessedPath, string? QuarantinePath, StageCounts Counts);
