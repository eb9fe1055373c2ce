namespace PantryPilot.Activities.Database;

/// <summary>SQLite forms of the migrations whose PostgreSQL text SQLite cannot run (identity columns, jsonb, now()).
/// Same tables, same columns, same order; an integer primary key is SQLite's own identity.</summary>
public static class EmbeddedSchema
{
    public const string InitialTables = """
        CREATE TABLE IF NOT EXISTS inventory (
            row_id INTEGER PRIMARY KEY,
            user_id text,
            item_id text,
            item_name text,
            quantity double precision,
            unit text,
            category text,
            expiry_date date,
            allergen_flag boolean,
            unit_cost double precision,
            last_updated timestamptz,
            storage_type text,
            brand text,
            nutritional_tags text,
            daily_usage_rate double precision,
            reorder_threshold double precision,
            purchase_date date,
            source text
        );
        CREATE INDEX IF NOT EXISTS inventory_user_item_idx ON inventory (user_id, item_id);

        CREATE TABLE IF NOT EXISTS purchase_history (
            row_id INTEGER PRIMARY KEY,
            user_id text,
            transaction_id text,
            item_id text,
            item_name text,
            quantity_purchased double precision,
            unit text,
            price_total double precision,
            purchase_date date,
            store_name text,
            payment_method text,
            discount_applied double precision,
            category text,
            brand text,
            location text,
            receipt_source text,
            weekday text,
            purchase_channel text,
            consumption_start_date date,
            expected_depletion_date date
        );
        CREATE INDEX IF NOT EXISTS purchase_history_user_item_idx ON purchase_history (user_id, item_id, purchase_date);

        CREATE TABLE IF NOT EXISTS receipts (
            receipt_id text PRIMARY KEY,
            row_id bigint UNIQUE,
            user_id text,
            cord text NOT NULL,
            loaded_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
        );
        CREATE INDEX IF NOT EXISTS receipts_user_idx ON receipts (user_id);
        """;
}
