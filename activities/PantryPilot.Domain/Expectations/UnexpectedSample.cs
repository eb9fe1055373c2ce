namespace PantryPilot.Domain.Expectations;

/// <summary>A value that failed an expectation and the row it came from.</summary>
public sealed record UnexpectedSample(long? SourceRow, string? Value);
