namespace PantryPilot.Domain.Alerts;

public enum AlertType
{
    Expired,
    Expiring,
    LowStock,
    PredictedStockout,

    /// <summary>A lot that, used first in first out at the forecast rate, will not be finished before it
    /// expires.</summary>
    ExpiresBeforeUse,
}
