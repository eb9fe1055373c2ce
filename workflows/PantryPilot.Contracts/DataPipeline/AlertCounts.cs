namespace PantryPilot.Contracts.DataPipeline;

/// <summary>Alerts per type. <paramref name="ExpiresBeforeUse"/> is optional (0 in results recorded before it
/// existed).</summary>
public sealed record AlertCounts(
    int Expired,
    int Expiring,
    int LowStock,
    int PredictedStockOut,
    int ExpiresBeforeUse = 0)
{
    public int Total => Expired + Expiring + LowStock + PredictedStockOut + ExpiresBeforeUse;
}
