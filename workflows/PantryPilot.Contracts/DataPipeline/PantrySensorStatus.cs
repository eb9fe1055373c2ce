namespace PantryPilot.Contracts.DataPipeline;

/// <summary>What the sensor has done, as its query shows it.</summary>
/// <param name="Rejected">Signals dropped because their date was malformed.</param>
public sealed record PantrySensorStatus(
    int RunsThisExecution,
    IReadOnlyList<DateOnly> Succeeded,
    int Pending,
    string? LastRunId,
    string? LastOutcome,
    int Rejected);
