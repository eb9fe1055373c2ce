using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Storage;
using PantryPilot.Contracts.Activities;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Alerts;
using PantryPilot.Domain.Storage;
using Temporalio.Activities;

namespace PantryPilot.Activities.Anomalies;

/// <summary>Expired, expiring within N days, low stock, predicted stock-out and "expires before it is used", judged
/// against the run's as-of date; the forecasts behind the last two go to processed/forecast.parquet.</summary>
public class AnomalyActivities(DataRoot root)
{
    [Activity(ActivityNames.DetectAnomalies)]
    public Task<DetectAnomaliesOutput> DetectAsync(DetectAnomaliesInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        input = input with
        {
            Run = root.Resolved(input.Run),
            InventoryPath = root.Resolved(input.InventoryPath),
            PurchasesPath = root.Resolved(input.PurchasesPath),
        };
        return FolderOwnership.RunAsync(input.Run, OwnershipStep.Check, () => DetectOwnedAsync(input));
    }

    private async Task<DetectAnomaliesOutput> DetectOwnedAsync(DetectAnomaliesInput input)
    {
        foreach (var path in new[] { input.InventoryPath, input.PurchasesPath })
        {
            if (!File.Exists(path))
            {
                throw new BadInputException($"detect anomalies: processed table {path} does not exist");
            }
        }

        var ct = CurrentActivity.CancellationToken;
        // One horizon for both: "within N days" means the same to a household whether it is expiry or running out.
        var rules = new AlertRules(input.Run.AsOf, input.Run.ExpiringWithinDays, input.Run.ExpiringWithinDays);
        var paths = DataPaths.For(input.Run);
        var detection = await AlertDetector.DetectAsync(
            input.InventoryPath, input.PurchasesPath, rules, paths.ForecastParquet, Heartbeat, ct);
        // The two files are independent: write them side by side (the CSV on its own thread).
        await Task.WhenAll(
            Task.Run(() => AlertWriter.WriteCsvAsync(paths.AlertsCsv, detection.Alerts, ct), ct),
            AlertWriter.WriteParquetAsync(paths.AlertsParquet, detection.Alerts, ct),
            Task.Run(() => CsvTwin.SyncAsync(paths.ForecastParquet, input.Run.WriteCsv, ct), ct));
        var counts = new AlertCounts(
            detection.Alerts.Count(a => a.Type == AlertType.Expired),
            detection.Alerts.Count(a => a.Type == AlertType.Expiring),
            detection.Alerts.Count(a => a.Type == AlertType.LowStock),
            detection.Alerts.Count(a => a.Type == AlertType.PredictedStockout),
            detection.Alerts.Count(a => a.Type == AlertType.ExpiresBeforeUse));
        return new(
            paths.AlertsCsv, paths.AlertsParquet, counts, detection.InventoryRows, paths.ForecastParquet,
            detection.Forecasts);
    }

    private static void Heartbeat(string progress) => CurrentActivity.Heartbeat(progress);
}
