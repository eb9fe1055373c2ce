namespace PantryPilot.Contracts.DataPipeline;

public sealed record BuildReportsInput(PipelineRun Run, string InventoryPath, string PurchasesPath);
