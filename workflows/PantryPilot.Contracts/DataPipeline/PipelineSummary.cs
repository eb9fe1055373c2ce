namespace PantryPilot.Contracts.DataPipeline;

/// <summary>Row accounting of one stage on one table: every row in is either out or quarantined.</summary>
public sealed record StageCounts(string Stage, DataTable Table, long RowsIn, long RowsOut, long RowsQuarantined)
{
    public bool Conserved => RowsIn == RowsOut + RowsQuarantined;
}

/// <summary>Alerts per type. <paramref name="ExpiresBeforeUse"/> is optional (0 in results recorded before it existed).</summary>
public sealed record AlertCounts(int Expired, int Expiring, int LowStock, int PredictedStockOut, int ExpiresBeforeUse = 0)
{
    public int Total => Expired + Expiring + LowStock + PredictedStockOut + ExpiresBeforeUse;
}

/// <summary>Outcome of one table's validation as the run report shows it.</summary>
public sealed record ValidationOutcome(DataTable Table, string SuiteName, bool Success, int Expectations, int FailedExpectations, ValidationPolicy PolicyApplied, string ResultPath);

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
