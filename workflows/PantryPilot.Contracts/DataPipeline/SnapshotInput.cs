namespace PantryPilot.Contracts.DataPipeline;

public sealed record SnapshotInput(PipelineRun Run, string Message);
