namespace PantryPilot.Contracts.DataPipeline;

public sealed record DetectAnomaliesInput(PipelineRun Run, string InventoryPath, string PurchasesPath);
