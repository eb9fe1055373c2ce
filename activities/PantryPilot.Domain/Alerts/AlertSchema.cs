using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Alerts;

/// <summary>alerts.csv / alerts.parquet. <c>source_row</c> first, as every PantryPilot table: the inventory row that
/// raised the alert, or the household's latest purchase row for a predicted stock-out.</summary>
public static class AlertSchema
{
    public static readonly TableSchema Table = new("alerts",
    [
        new(TableSchema.SourceRowColumn, ColumnKind.Integer),
        new("user_id", ColumnKind.Text),
        new("item_id", ColumnKind.Text),
        new("item_name", ColumnKind.Text),
        new("alert_type", ColumnKind.Text),
        new("severity", ColumnKind.Text),
        new("quantity", ColumnKind.Number),
        new("unit", ColumnKind.Text),
        new("expiry_date", ColumnKind.Date),
        new("days_until", ColumnKind.Integer),
        new("predicted_stockout_date", ColumnKind.Date),
        new("message", ColumnKind.Text),
    ]);
}
