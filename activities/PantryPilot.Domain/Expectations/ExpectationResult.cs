namespace PantryPilot.Domain.Expectations;

/// <summary>A value that failed an expectation and the row it came from.</summary>
public sealed record UnexpectedSample(long? SourceRow, string? Value);

/// <summary>Outcome of one expectation over a whole table, with Great Expectations' result fields.</summary>
/// <param name="UnexpectedPercent">Percent of the non-null values (GE's default), or of all rows for not-null; null when nothing was evaluated.</param>
/// <param name="ObservedValue">Table-level expectations: what was seen (row count, column list).</param>
/// <param name="Error">Set when the expectation could not run (unsupported type, missing column, bad kwargs): it then fails.</param>
public sealed record ExpectationResult(
    ExpectationConfig Config,
    bool Success,
    bool RowLevel,
    long ElementCount,
    long MissingCount,
    long UnexpectedCount,
    double? UnexpectedPercent,
    IReadOnlyList<UnexpectedSample> PartialUnexpectedList,
    string? ObservedValue = null,
    string? Error = null)
{
    public bool Unsupported => Error?.StartsWith(ExpectationEvaluator.UnsupportedPrefix, StringComparison.Ordinal) == true;
}

/// <summary>The suite's verdict over a table.</summary>
public sealed record SuiteResult(string SuiteName, long RowCount, IReadOnlyList<ExpectationResult> Results)
{
    public bool Success => Results.All(r => r.Success);

    public int Evaluated => Results.Count;

    public int Failed => Results.Count(r => !r.Success);

    /// <summary>Failed expectations that no row can be blamed for (row count, column set, unsupported, missing column):
    /// quarantining rows cannot fix them.</summary>
    public IEnumerable<ExpectationResult> TableLevelFailures => Results.Where(r => !r.Success && (!r.RowLevel || r.Error is not null));
}

/// <summary>One row-level failure in a batch: the row index in the batch, its source row, the expectation, field and value.</summary>
public readonly record struct RowFailure(int Row, long? SourceRow, int Expectation, string Column, string? Value);
