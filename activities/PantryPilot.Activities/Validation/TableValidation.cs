using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Storage;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Expectations;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Validation;

/// <summary>What validating one table did: the suite's verdict and where every row went.</summary>
public sealed record TableValidation(
    SuiteResult Result,
    ValidationPolicy PolicyApplied,
    long RowsIn,
    long RowsValid,
    long RowsQuarantined,
    string? QuarantinePath);
