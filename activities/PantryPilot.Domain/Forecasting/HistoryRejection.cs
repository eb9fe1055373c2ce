namespace PantryPilot.Domain.Forecasting;

/// <summary>An entry of a history that the forecast did not use, and why (naming the row where there is one).</summary>
public sealed record HistoryRejection(long? SourceRow, string Reason);
