namespace PantryPilot.Domain.Expectations;

/// <summary>Outcome of one expectation over a whole table, with Great Expectations' result fields.</summary>
/// <param name="UnexpectedPercent">Percent of the non-null values (GE's default), or of all rows for not-null; null
/// when nothing was evaluated.</param>
/// <param name="ObservedValue">Table-level expectations: what was seen (row count, column list).</param>
/// <param name="Error">Set when the expectation could not run (unsupported type, missing column, bad kwargs): it then
/// fails.</param>
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
    public bool Unsupported
        => Error?.StartsWith(ExpectationEvaluator.UnsupportedPrefix, StringComparison.Ordinal) == true;
}
