using PantryPilot.Activities.Anomalies;

namespace PantryPilot.Activities.Pipeline;

/// <summary>Outcome of one table's validation as the run report shows it.</summary>
public sealed record ValidationOutcome(DataTable Table, string SuiteName, bool Success, int Expectations, int FailedExpectations, string PolicyApplied, string ResultPath);

/// <summary>What a whole run did: rows per stage and table, validation, alerts, snapshot.</summary>
public sealed record PipelineSummary(
    string RunId,
    string AsOf,
    string Source,
    IReadOnlyList<StageCounts> Stages,
    IReadOnlyList<ValidationOutcome> Validation,
    AlertCounts Alerts,
    string? SnapshotId,
    IReadOnlyDictionary<string, string> Outputs)
{
    /// <summary>Every stage on every table accounted for every row.</summary>
    public bool RowsConserved => Stages.All(s => s.Conserved);
}
