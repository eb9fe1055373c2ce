namespace PantryPilot.Contracts.DataPipeline;

public sealed record ValidateInput(PipelineRun Run, DataTable Table, string RawPath);
