namespace PantryPilot.Contracts.DataPipeline;

/// <summary>What a whole run did: rows per stage and table, validation, alerts, snapshot. The output of
/// <c>DataPipelineWorkflow</c> and of the in-process run.</summary>
public sealed record PipelineSummary(
    string RunId,
    DateOnly AsOf,
    SourceKind Source,
    IReadOnlyList<StageCounts> Stages,
    IReadOnlyList<ValidationOutcome> Validation,
    AlertCounts Alerts,
    string? SnapshotId,
    IReadOnlyDictionary<string, string> Outputs)
{
    /// <summary>Every stage on every table accounted for every row.</summary>
    public bool RowsConserved => Stages.All(s => s.Conserved);
}
