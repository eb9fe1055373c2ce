namespace PantryPilot.Domain.Tables;

/// <summary>The tables of the original system (brief: "Accepted file layouts"), plus <c>source_row</c>.
/// PostgreSQL DDL, CSV readers, Parquet files and expectation suites all follow these definitions.</summary>
public static class PantrySchemas
{
    public static readonly TableSchema Inventory = new("inventory",
    [
        new(TableSchema.SourceRowColumn, ColumnKind.Integer),
        new("user_id", ColumnKind.Text),
        new("item_id", ColumnKind.Text),
        new("item_name", ColumnKind.Text),
        new("quantity", ColumnKind.Number),
        new("unit", ColumnKind.Text),
        new("category", ColumnKind.Text),
        new("expiry_date", ColumnKind.Date),
        new("allergen_flag", ColumnKind.Boolean),
        new("unit_cost", ColumnKind.Number),
        new("last_updated", ColumnKind.Timestamp),
        new("storage_type", ColumnKind.Text),
        new("brand", ColumnKind.Text),
        new("nutritional_tags", ColumnKind.Text),
        new("daily_usage_rate", ColumnKind.Number),
        new("reorder_threshold", ColumnKind.Number),
        new("purchase_date", ColumnKind.Date),
        new("source", ColumnKind.Text),
    ]);

    public static readonly TableSchema Purchases = new("purchase_history",
    [
        new(TableSchema.SourceRowColumn, ColumnKind.Integer),
        new("user_id", ColumnKind.Text),
        new("transaction_id", ColumnKind.Text),
        new("item_id", ColumnKind.Text),
        new("item_name", ColumnKind.Text),
        new("quantity_purchased", ColumnKind.Number),
        new("unit", ColumnKind.Text),
        new("price_total", ColumnKind.Number),
        new("purchase_date", ColumnKind.Date),
        new("store_name", ColumnKind.Text),
        new("payment_method", ColumnKind.Text),
        new("discount_applied", ColumnKind.Boolean),
        new("category", ColumnKind.Text),
        new("brand", ColumnKind.Text),
        new("location", ColumnKind.Text),
        new("receipt_source", ColumnKind.Text),
        new("weekday", ColumnKind.Text),
        new("purchase_channel", ColumnKind.Text),
        new("consumption_start_date", ColumnKind.Date),
        new("expected_depletion_date", ColumnKind.Date),
    ]);

    /// <summary>Receipts flattened to one row per CORD v2 menu line.</summary>
    public static readonly TableSchema ReceiptLines = new("receipt_lines",
    [
        new(TableSchema.SourceRowColumn, ColumnKind.Integer),
        new("receipt_id", ColumnKind.Text),
        new("user_id", ColumnKind.Text),
        new("line_no", ColumnKind.Integer),
        new("item_name", ColumnKind.Text),
        new("count", ColumnKind.Number),
        new("price", ColumnKind.Number),
        new("sub_total", ColumnKind.Number),
        new("total", ColumnKind.Number),
    ]);

    /// <summary>Columns the transform stage appends to inventory rows.</summary>
    public static readonly ColumnSpec[] InventoryDerived =
    [
        new("qty_canonical", ColumnKind.Number),
        new("canonical_unit", ColumnKind.Text),
        new("reorder_threshold_canonical", ColumnKind.Number),
        new("stock_value", ColumnKind.Number),
        new("is_low_stock", ColumnKind.Boolean),
    ];

    /// <summary>Columns the transform stage appends to purchase rows.</summary>
    public static readonly ColumnSpec[] PurchaseDerived =
    [
        new("qty_canonical", ColumnKind.Number),
        new("canonical_unit", ColumnKind.Text),
        new("unit_price", ColumnKind.Number),
    ];

    /// <summary>The column every quarantine file appends: why the row was set aside, naming stage, field and
    /// value.</summary>
    public static readonly ColumnSpec Reason = new("reason", ColumnKind.Text);

    public static TableSchema Quarantine(TableSchema source) => source.With(source.Name + "_quarantine", Reason);
}
