using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Forecasting;

/// <summary>processed/forecast.parquet (and .csv with --csv): one row per household and item with a purchase history.
/// <c>source_row</c> names the pair's latest purchase row. Dates are the point and the 80 % interval (low, high).
/// <c>stock_source</c>: "inventory" when the depletion counts from the lots on the shelf, "last_purchase" otherwise.
/// <c>quantity_expiring</c>: what the lots that expire before they are used will have left on their expiry
/// days.</summary>
public static class ForecastSchema
{
    public const string FileName = "forecast";

    public static readonly TableSchema Table = new("forecast",
    [
        new(TableSchema.SourceRowColumn, ColumnKind.Integer),
        new("user_id", ColumnKind.Text),
        new("item_id", ColumnKind.Text),
        new("item_name", ColumnKind.Text),
        new("category", ColumnKind.Text),
        new("canonical_unit", ColumnKind.Text),
        new("basis", ColumnKind.Text),
        new("daily_rate", ColumnKind.Number),
        new("purchase_days", ColumnKind.Integer),
        new("intervals_used", ColumnKind.Integer),
        new("last_purchase_date", ColumnKind.Date),
        new("stock_on_hand", ColumnKind.Number),
        new("stock_source", ColumnKind.Text),
        new("depletion_date", ColumnKind.Date),
        new("depletion_low", ColumnKind.Date),
        new("depletion_high", ColumnKind.Date),
        new("next_purchase_date", ColumnKind.Date),
        new("next_purchase_low", ColumnKind.Date),
        new("next_purchase_high", ColumnKind.Date),
        new("lots_expiring_before_use", ColumnKind.Integer),
        new("quantity_expiring", ColumnKind.Number),
        new("notes", ColumnKind.Text),
    ]);

    public static string BasisName(ForecastBasis basis) => basis switch
    {
        ForecastBasis.PurchaseHistory => "purchase_history",
        ForecastBasis.UsageEvents => "usage_events",
        _ => "category_prior",
    };
}
