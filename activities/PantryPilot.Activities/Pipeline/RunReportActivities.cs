using System.Text.Json;
using System.Text.Json.Serialization;
using PantryPilot.Contracts.DataPipeline;
using Temporalio.Activities;

namespace PantryPilot.Activities.Pipeline;

/// <summary>Writes reports/run-report.json: the row accounting a person or a monitor reads after a run.</summary>
public class RunReportActivities
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    [Activity(ActivityNames.WriteRunReport)]
    public async Task<WriteRunReportOutput> WriteAsync(WriteRunReportInput input)
    {
        var paths = new DataPaths(input.Run.DataDir);
        Directory.CreateDirectory(paths.ReportsDir);
        var report = new
        {
            run_id = input.Summary.RunId,
            as_of = input.Summary.AsOf,
            source = input.Summary.Source,
            rows_conserved = input.Summary.RowsConserved,
            stages = input.Summary.Stages.Select(s => new
            {
                stage = s.Stage,
                table = DataPaths.TableFileName(s.Table),
                rows_in = s.RowsIn,
                rows_out = s.RowsOut,
                rows_quarantined = s.RowsQuarantined,
                conserved = s.Conserved,
            }),
            validation = input.Summary.Validation,
            alerts = input.Summary.Alerts,
            snapshot_id = input.Summary.SnapshotId,
            outputs = input.Summary.Outputs,
        };
        var temp = paths.RunReport + ".tmp";
        await File.WriteAllTextAsync(temp, JsonSerializer.Serialize(report, JsonOptions));
        File.Move(temp, paths.RunReport, overwrite: true);
        return new(paths.RunReport);
    }
}
