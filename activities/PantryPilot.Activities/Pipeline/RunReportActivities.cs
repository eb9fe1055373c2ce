using System.Text.Json;
using System.Text.Json.Serialization;
using PantryPilot.Activities.Storage;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Storage;
using Temporalio.Activities;

namespace PantryPilot.Activities.Pipeline;

/// <summary>Writes reports/run-report.json: the row accounting a person or a monitor reads after a run. It is the last
/// step of a run: when the run was not published yet (it stopped before versioning), it publishes it now. The report
/// is not versioned, so it is where the wall-clock time and host paths go.</summary>
public class RunReportActivities(DataRoot root)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        // A file for people: 'brnad', not \u0027brnad\u0027.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    [Activity(ActivityNames.WriteRunReport)]
    public Task<WriteRunReportOutput> WriteAsync(WriteRunReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        // The summary's paths are the stages' outputs: full paths already (DataPaths makes them so).
        input = input with { Run = root.Resolved(input.Run) };
        return FolderOwnership.RunAsync(input.Run, OwnershipStep.Release, () => WriteOwnedAsync(input));
    }

    private async Task<WriteRunReportOutput> WriteOwnedAsync(WriteRunReportInput input)
    {
        // A publish interrupted by a crash is finished first: otherwise the report could land in a staging folder that
        // is half published already.
        RunPublisher.FinishInterrupted(input.Run);
        var staged = Directory.Exists(DataPaths.StagingOf(input.Run));
        var paths = staged ? DataPaths.For(input.Run) : new DataPaths(input.Run.DataDir);
        Directory.CreateDirectory(paths.ReportsDir);
        var warnings = await RunWarnings.ReadAsync(paths);
        var report = new
        {
            run_id = input.Summary.RunId,
            as_of = input.Summary.AsOf,
            source = input.Summary.Source,
            data_dir = Path.GetFullPath(input.Run.DataDir),
            written_at = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            process_id = Environment.ProcessId,
            host = Environment.MachineName,
            rows_conserved = input.Summary.RowsConserved,
            warnings,
            stages = input.Summary.Stages.Select(s => new
            {
                stage = s.Stage,
                table = DataPaths.TableFileName(s.Table),
                rows_in = s.RowsIn,
                rows_out = s.RowsOut,
                rows_quarantined = s.RowsQuarantined,
                conserved = s.Conserved,
            }),
            validation = input.Summary.Validation
                .Select(v => v with { ResultPath = DataPaths.Published(input.Run, v.ResultPath) }),
            alerts = input.Summary.Alerts,
            snapshot_id = input.Summary.SnapshotId,
            outputs = input.Summary.Outputs.ToDictionary(o => o.Key, o => DataPaths.Published(input.Run, o.Value)),
        };
        var temp = paths.RunReport + ".tmp";
        await File.WriteAllTextAsync(temp, JsonSerializer.Serialize(report, JsonOptions));
        File.Move(temp, paths.RunReport, overwrite: true);
        RunPublisher.Publish(input.Run);
        return new(new DataPaths(input.Run.DataDir).RunReport);
    }
}
