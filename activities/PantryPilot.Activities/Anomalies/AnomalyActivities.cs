using PantryPilot.Activities.Pipeline;
using Temporalio.Activities;

namespace PantryPilot.Activities.Anomalies;

public sealed record DetectAnomaliesInput(PipelineRun Run, string InventoryPath, string PurchasesPath);

public sealed record AlertCounts(int Expired, int Expiring, int LowStock, int PredictedStockOut)
{
    public int Total => Expired + Expiring + LowStock + PredictedStockOut;
}

public sealed record DetectAnomaliesOutput(string AlertsCsvPath, string AlertsParquetPath, AlertCounts Counts, long InventoryRows);

/// <summary>Expired, expiring within N days, low stock, predicted stock-out, judged against the run's as-of date.</summary>
public class AnomalyActivities
{
    [Activity]
    public Task<DetectAnomaliesOutput> DetectAsync(DetectAnomaliesInput input) => throw new NotImplementedException("anomalies");
}
