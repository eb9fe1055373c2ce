using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>One checkpoint copied into the artifact store.</summary>
/// <param name="Iteration">Global iteration (resumed runs count on from the checkpoint they resumed).</param>
/// <param name="ValLoss">The latest validation loss reported at or before this iteration.</param>
/// <param name="Path">The trainer's checkpoint as copied into the store.</param>
/// <param name="AdapterPath">The checkpoint converted to ONNX Runtime GenAI's adapter format (Training:ConvertCommand);
/// null when no conversion is configured.</param>
/// <param name="ConversionError">Why the conversion failed, when it did.</param>
public sealed record CheckpointRecord(
    int Iteration,
    double? ValLoss,
    double? TrainLoss,
    string DatasetSnapshotId,
    string Path,
    string Sha256,
    string? AdapterPath = null,
    string? ConversionError = null);
