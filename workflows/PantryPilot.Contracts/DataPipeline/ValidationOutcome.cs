namespace PantryPilot.Contracts.DataPipeline;

/// <summary>Outcome of one table's validation as the run report shows it.</summary>
public sealed record ValidationOutcome(
    DataTable Table,
    string SuiteName,
    bool Success,
    int Expectations,
    int FailedExpectations,
    ValidationPolicy PolicyApplied,
    string ResultPath);
