namespace PantryPilot.Contracts.DataPipeline;

public sealed record TransformInput(PipelineRun Run, DataTable Table, string ValidPath);
