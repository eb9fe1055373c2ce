using PantryPilot.Activities.Pipeline;
using Temporalio.Activities;

namespace PantryPilot.Activities.Validation;

public sealed record ValidateInput(PipelineRun Run, DataTable Table, string RawPath);

/// <param name="Success">Every expectation of the suite passed.</param>
/// <param name="PolicyApplied">"stop" or "quarantine": what the run does with a failure.</param>
/// <param name="ValidPath">Rows that go on to transform (all rows, or those that passed under quarantine).</param>
/// <param name="ResultPath">The GE-style JSON result of this run.</param>
public sealed record ValidateOutput(
    DataTable Table,
    string SuiteName,
    bool Success,
    int Expectations,
    int FailedExpectations,
    string PolicyApplied,
    string ValidPath,
    string? QuarantinePath,
    string ResultPath,
    StageCounts Counts);

public sealed record PublishValidationReportInput(PipelineRun Run, IReadOnlyList<string> ResultPaths);

public sealed record PublishValidationReportOutput(string HtmlPath, string SummaryCsvPath);

/// <summary>Runs the table's expectation suite (Great Expectations JSON format) over the raw snapshot.</summary>
public class ValidationActivities
{
    [Activity]
    public Task<ValidateOutput> ValidateAsync(ValidateInput input) => throw new NotImplementedException("validate");

    /// <summary>Appends this run's results to validation_summary.csv (once per run and table) and renders validation.html.</summary>
    [Activity]
    public Task<PublishValidationReportOutput> PublishReportAsync(PublishValidationReportInput input) => throw new NotImplementedException("publish validation report");
}
