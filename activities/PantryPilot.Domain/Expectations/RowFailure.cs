namespace PantryPilot.Domain.Expectations;

/// <summary>One row-level failure in a batch: the row index in the batch, its source row, the expectation, field and
/// value.</summary>
public readonly record struct RowFailure(int Row, long? SourceRow, int Expectation, string Column, string? Value);
