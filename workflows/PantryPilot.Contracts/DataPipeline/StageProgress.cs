using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.DataPipeline;

/// <summary>One stage as the progress query shows it.</summary>
public sealed record StageProgress(
    string Stage,
    StageState State,
    long RowsIn = 0,
    long RowsOut = 0,
    long RowsQuarantined = 0,
    string? Detail = null);
