namespace PantryPilot.Contracts.DataPipeline;

/// <summary>Locations of the original system's CSV files (receipts: a folder of CORD v2 JSON files, optional), like
/// <see cref="PipelineRun.DataDir"/>: relative to the worker's data root, or full local paths in an in-process
/// run.</summary>
public sealed record CsvSource(string InventoryCsv, string PurchasesCsv, string? ReceiptsDir = null);
