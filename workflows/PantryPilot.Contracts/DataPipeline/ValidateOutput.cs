namespace PantryPilot.Contracts.DataPipeline;

/// <param name="Success">Every expectation of the suite passed.</param>
/// <param name="PolicyApplied">Stop or Quarantine: what the run does with a failure.</param>
/// <param name="ValidPath">Rows that go on to transform (all rows, or those that passed under quarantine).</param>
/// <param name="ResultPath">The GE-style JSON result of this run.</param>
public sealed record ValidateOutput(
    DataTable Table,
    string SuiteName,
    bool Success,
    int Expectations,
    int FailedExpectations,
    ValidationPolicy PolicyApplied,
    string ValidPath,
    string? QuarantinePath,
    string ResultPath,
    StageCounts Counts);
