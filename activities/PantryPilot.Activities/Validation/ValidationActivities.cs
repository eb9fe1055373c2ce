using System.Text.Json.Nodes;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Storage;
using PantryPilot.Contracts.Activities;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Expectations;
using PantryPilot.Domain.Storage;
using Temporalio.Activities;

namespace PantryPilot.Activities.Validation;

/// <summary>Runs the table's expectation suite (Great Expectations JSON format) over the raw snapshot.</summary>
public class ValidationActivities(DataRoot root)
{
    /// <summary>Where the suites shipped with the activities are copied
    /// (Validation/Suites/&lt;table&gt;.json).</summary>
    public static string ShippedSuitesDir => Path.Combine(AppContext.BaseDirectory, "Validation", "Suites");

    public static string SuitePath(PipelineRun run, DataTable table) =>
        Path.Combine(run.SuitesDir ?? ShippedSuitesDir, DataPaths.TableFileName(table) + ".json");

    [Activity(ActivityNames.Validate)]
    public Task<ValidateOutput> ValidateAsync(ValidateInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        input = input with { Run = root.Resolved(input.Run), RawPath = root.Resolved(input.RawPath) };
        return FolderOwnership.RunAsync(input.Run, OwnershipStep.Check, () => ValidateOwnedAsync(input));
    }

    private async Task<ValidateOutput> ValidateOwnedAsync(ValidateInput input)
    {
        var paths = DataPaths.For(input.Run);
        var suitePath = SuitePath(input.Run, input.Table);
        if (!File.Exists(suitePath))
        {
            throw new BadInputException(
                $"validate {DataPaths.TableFileName(input.Table)}: no expectation suite at {suitePath}");
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
            suite,
            policy,
            input.RawPath,
            paths.Validated(input.Table),
            paths.Quarantine(StageNames.Validate, input.Table),
            Heartbeat,
            CancellationToken);
        await CsvTwin.SyncAsync(
            paths.Quarantine(StageNames.Validate, input.Table),
            input.Run.WriteCsv,
            CancellationToken);
        var resultPath = paths.ValidationResult(input.Table);
        await ValidationResultJson.WriteAsync(
            resultPath,
            ValidationResultJson.Build(
                input.Run.RunId,
                PipelineDates.ToText(input.Run.AsOf),
                table,
                input.RawPath,
                validation,
                DateTime.UtcNow));
        if (!validation.Result.Success)
        {
            CurrentActivity.Logger?.LogValidationFailed(
                table,
                suite.Name,
                validation.Result.Failed,
                validation.Result.Evaluated,
                policy.ToString().ToLowerInvariant(),
                validation.RowsQuarantined);
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
            new(StageNames.Validate, input.Table, validation.RowsIn, validation.RowsValid, validation.RowsQuarantined));
    }

    /// <summary>Appends this run's results to validation_summary.csv (once per run and table) and renders
    /// validation.html.</summary>
    [Activity(ActivityNames.PublishValidationReport)]
    public Task<PublishValidationReportOutput> PublishReportAsync(PublishValidationReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        input = input with
        {
            Run = root.Resolved(input.Run),
            ResultPaths = [.. input.ResultPaths.Select(root.Resolved)],
        };
        return FolderOwnership.RunAsync(input.Run, OwnershipStep.Check, () => PublishReportOwnedAsync(input));
    }

    private async Task<PublishValidationReportOutput> PublishReportOwnedAsync(PublishValidationReportInput input)
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
        var html = ValidationHtml.Render(
            results,
            ValidationSummaryCsv.Read(paths.ValidationSummaryCsv),
            await RunWarnings.ReadAsync(paths, CancellationToken));
        Directory.CreateDirectory(paths.ReportsDir);
        var temp = $"{paths.ValidationHtml}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllTextAsync(temp, html, CancellationToken);
        File.Move(temp, paths.ValidationHtml, overwrite: true);
        return new(paths.ValidationHtml, paths.ValidationSummaryCsv);
    }

    private static CancellationToken CancellationToken => CurrentActivity.CancellationToken;

    private static void Heartbeat(string progress) => CurrentActivity.Heartbeat(progress);
}
