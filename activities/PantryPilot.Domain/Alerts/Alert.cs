namespace PantryPilot.Domain.Alerts;

/// <summary>One alert. <see cref="DaysUntil"/> counts from the as-of date to the expiry (or predicted run-out) date,
/// negative when it is past. <see cref="SourceRow"/> names the inventory row (or the household's last purchase
/// row).</summary>
public sealed record Alert(
    long? SourceRow,
    string UserId,
    string ItemId,
    string? ItemName,
    AlertType Type,
    AlertSeverity Severity,
    double? Quantity,
    string? Unit,
    DateOnly? ExpiryDate,
    int? DaysUntil,
    DateOnly? PredictedStockoutDate,
    string Message)
{
    public static string TypeName(AlertType type) => type switch
    {
        AlertType.Expired => "expired",
        AlertType.Expiring => "expiring",
        AlertType.LowStock => "low_stock",
        AlertType.PredictedStockout => "predicted_stockout",
        AlertType.ExpiresBeforeUse => "expires_before_use",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string SeverityName(AlertSeverity severity) => severity.ToString().ToLowerInvariant();
}
