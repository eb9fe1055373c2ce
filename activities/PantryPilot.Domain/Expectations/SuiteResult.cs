namespace PantryPilot.Domain.Expectations;

/// <summary>The suite's verdict over a table.</summary>
public sealed record SuiteResult(string SuiteName, long RowCount, IReadOnlyList<ExpectationResult> Results)
{
    public bool Success => Results.All(r => r.Success);

    public int Evaluated => Results.Count;

    public int Failed => Results.Count(r => !r.Success);

    /// <summary>Failed expectations that no row can be blamed for (row count, column set, unsupported, missing column):
    /// quarantining rows cannot fix them.</summary>
    public IEnumerable<ExpectationResult> TableLevelFailures
        => Results.Where(r => !r.Success && (!r.RowLevel || r.Error is not null));
}
