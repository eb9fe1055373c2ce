using System.Text.Json.Nodes;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Storage;
using PantryPilot.Domain.Expectations;
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
    /// <summary>Where the suites shipped with the activities are copied (Validation/Suites/&lt;table&gt;.json).</summary>
    public static string ShippedSuitesDir => Path.Combine(AppContext.BaseDirectory, "Validation", "Suites");

    public static string SuitePath(PipelineRun run, DataTable table) =>
        Path.Combine(run.SuitesDir ?? ShippedSuitesDir, DataPaths.TableFileName(table) + ".json");

    [Activity]
    public async Task<ValidateOutput> ValidateAsync(ValidateInput input)
    {
        var paths = DataPaths.For(input.Run);
        var suitePath = SuitePath(input.Run, input.Table);
        if (!File.Exists(suitePath))
        {
            throw new BadInputException($"validate {DataPaths.TableFileName(input.Table)}: no expectation suite at {suitePath}");
        }

        ExpectationSuite suite;
        try
        {
            suite = ExpectationSuite.LoadFile(suitePath);
        }
        catch (FormatException e)
        {
            throw new BadInputException(e.Message, e);
        }

        var policy = SuiteValidator.ResolvePolicy(input.Run.Policy, suite);
        var table = DataPaths.TableFileName(input.Table);
        var validation = await SuiteValidator.RunAsync(
            suite, policy, input.RawPath, paths.Validated(input.Table), paths.Quarantine("validate", input.Table), Heartbeat, CancellationToken);
        await CsvTwin.SyncAsync(paths.Quarantine("validate", input.Table), input.Run.WriteCsv, CancellationToken);
        var resultPath = paths.ValidationResult(input.Table);
        await ValidationResultJson.WriteAsync(resultPath, ValidationResultJson.Build(input.Run.RunId, input.Run.AsOf, table, input.RawPath, validation, DateTime.UtcNow));
        if (ActivityExecutionContext.HasCurrent && !validation.Result.Success)
        {
            ActivityExecutionContext.Current.Logger.LogValidationFailed(table, suite.Name, validation.Result.Failed, validation.Result.Evaluated, policy, validation.RowsQuarantined);
        }

        return new(
            input.Table,
            suite.Name,
            validation.Result.Success,
            validation.Result.Evaluated,
            validation.Result.Failed,
            policy,
            paths.Validated(input.Table),
            validation.QuarantinePath,
            resultPath,
            new("validate", input.Table, validation.RowsIn, validation.RowsValid, validation.RowsQuarantined));
    }

    /// <summary>Appends this run's results to validation_summary.csv (once per run and table) and renders validation.html.</summary>
    [Activity]
    public async Task<PublishValidationReportOutput> PublishReportAsync(PublishValidationReportInput input)
    {
        var paths = DataPaths.For(input.Run);
        var results = new List<JsonObject>();
        foreach (var path in input.ResultPaths)
        {
            results.Add(JsonNode.Parse(await File.ReadAllTextAsync(path, CancellationToken)) as JsonObject
                ?? throw new BadInputException($"validation result {path} is not a JSON object"));
            Heartbeat($"read {path}");
        }

        // The history lives in the published reports/; this run's copy starts from it and replaces it on publish.
        var published = new DataPaths(input.Run.DataDir).ValidationSummaryCsv;
        if (!File.Exists(paths.ValidationSummaryCsv) && File.Exists(published))
        {
            Directory.CreateDirectory(paths.ReportsDir);
            File.Copy(published, paths.ValidationSummaryCsv);
        }

        ValidationSummaryCsv.Append(paths.ValidationSummaryCsv, results.Select(ValidationSummaryRow.FromResult));
        var html = ValidationHtml.Render(results, ValidationSummaryCsv.Read(paths.ValidationSummaryCsv), await RunWarnings.ReadAsync(paths, CancellationToken));
        Directory.CreateDirectory(paths.ReportsDir);
        var temp = $"{paths.ValidationHtml}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllTextAsync(temp, html, CancellationToken);
        File.Move(temp, paths.ValidationHtml, overwrite: true);
        return new(paths.ValidationHtml, paths.ValidationSummaryCsv);
    }

    private static CancellationToken CancellationToken =>
        ActivityExecutionContext.HasCurrent ? ActivityExecutionContext.Current.CancellationToken : default;

    private static void Heartbeat(string progress)
    {
        if (ActivityExecutionContext.HasCurrent)
        {
            ActivityExecutionContext.Current.Heartbeat(progress);
        }
    }
}
