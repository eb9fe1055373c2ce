namespace PantryPilot.Contracts.DataPipeline;

public sealed record IngestInput(PipelineRun Run, DataTable Table);
