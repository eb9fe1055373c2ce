using Microsoft.Extensions.Logging;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Storage;
using PantryPilot.Contracts.Activities;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Storage;
using Temporalio.Activities;

namespace PantryPilot.Activities.Reports;

/// <summary>Representation/bias report and per-column profile over the processed tables.</summary>
public class ReportActivities(DataRoot root)
{
    public static string BiasCsvPath(DataPaths paths) => Path.Combine(paths.ReportsDir, "bias.csv");

    public static string ProfileCsvPath(DataPaths paths) => Path.Combine(paths.ReportsDir, "profile.csv");

    public static string HtmlPath(DataPaths paths) => Path.Combine(paths.ReportsDir, "data-report.html");

    public static string ChartPath(DataPaths paths) => Path.Combine(paths.ReportsDir, "cuisine-mix.png");

    [Activity(ActivityNames.BuildReports)]
    public Task<BuildReportsOutput> BuildAsync(BuildReportsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        input = input with
        {
            Run = root.Resolved(input.Run),
            InventoryPath = root.Resolved(input.InventoryPath),
            PurchasesPath = root.Resolved(input.PurchasesPath),
        };
        return FolderOwnership.RunAsync(input.Run, OwnershipStep.Check, () => BuildOwnedAsync(input));
    }

    private async Task<BuildReportsOutput> BuildOwnedAsync(BuildReportsInput input)
    {
        var ct = CurrentActivity.CancellationToken;
        var paths = DataPaths.For(input.Run);
        var reports = new[]
        {
            await DataReportBuilder.ScanAsync(input.InventoryPath, "inventory", "unit", Heartbeat, ct),
            await DataReportBuilder.ScanAsync(input.PurchasesPath, "purchase_history", "unit", Heartbeat, ct),
        };
        Directory.CreateDirectory(paths.ReportsDir);
        await WriteAtomicallyAsync(BiasCsvPath(paths), DataReportBuilder.BiasCsv(reports), ct);
        await WriteAtomicallyAsync(ProfileCsvPath(paths), DataReportBuilder.ProfileCsv(reports), ct);

        var chartPath = ChartPath(paths);
        var skipped = CuisineChart.TryWrite(chartPath, DataReportHtml.CuisineMix(reports));
        if (skipped is not null)
        {
            CurrentActivity.Logger?.LogChartSkipped(skipped);
        }

        var png = skipped is null ? await File.ReadAllBytesAsync(chartPath, ct) : null;
        Heartbeat("forecast accuracy");
        var accuracy = await ForecastAccuracyScan.ScanAsync(input.PurchasesPath, input.Run.AsOf, ct);
        await WriteAtomicallyAsync(
            HtmlPath(paths),
            DataReportHtml.Render(
                input.Run.RunId,
                PipelineDates.ToText(input.Run.AsOf),
                reports,
                png,
                skipped,
                accuracy),
            ct);
        return new(BiasCsvPath(paths), ProfileCsvPath(paths), HtmlPath(paths));
    }

    private static async Task WriteAtomicallyAsync(string path, string text, CancellationToken ct)
    {
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllTextAsync(temp, text, ct);
        File.Move(temp, path, overwrite: true);
    }

    private static void Heartbeat(string progress) => CurrentActivity.Heartbeat(progress);
}
