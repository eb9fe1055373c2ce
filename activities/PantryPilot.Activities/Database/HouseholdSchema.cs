namespace PantryPilot.Activities.Database;

/// <summary>The households' tables (migrations 10-19). Natural keys only (no identity columns) and JSON kept as text,
/// so one text runs on PostgreSQL and on the embedded SQLite store. Stock and purchases stay in <c>inventory</c> and
/// <c>purchase_history</c>, where the data pipeline reads them.</summary>
public static class HouseholdSchema
{
    public const string Tables = """
        CREATE TABLE IF NOT EXISTS households (
            household_id text PRIMARY KEY,
            profile text NOT NULL,
            effective_diets text NOT NULL,
            updated_at timestamptz NOT NULL
        );

        CREATE TABLE IF NOT EXISTS household_requests (
            household_id text NOT NULL,
            request_id text NOT NULL,
            update_name text NOT NULL,
            payload_sha256 text NOT NULL,
            result text NOT NULL,
            created_at timestamptz NOT NULL,
            PRIMARY KEY (household_id, request_id)
        );

        CREATE TABLE IF NOT EXISTS household_stock_changes (
            household_id text NOT NULL,
            request_id text NOT NULL,
            line integer NOT NULL,
            update_name text NOT NULL,
            lot_id bigint NOT NULL,
            item_name text NOT NULL,
            unit text NOT NULL,
            before_quantity double precision NOT NULL,
            after_quantity double precision NOT NULL,
            note text,
            changed_at timestamptz NOT NULL,
            PRIMARY KEY (household_id, request_id, line)
        );
        CREATE INDEX IF NOT EXISTS household_stock_changes_lot_idx ON household_stock_changes (lot_id);

        CREATE TABLE IF NOT EXISTS household_recipes (
            household_id text NOT NULL,
            request_id text NOT NULL,
            option_label text NOT NULL,
            outcome text NOT NULL,
            model text NOT NULL,
            adapter text NOT NULL,
            prompt text NOT NULL,
            recipe text,
            served_at timestamptz NOT NULL,
            PRIMARY KEY (household_id, request_id, option_label)
        );

        CREATE TABLE IF NOT EXISTS recipe_feedback (
            household_id text NOT NULL,
            request_id text NOT NULL,
            recipe_request_id text NOT NULL,
            option_label text NOT NULL,
            verdict text NOT NULL,
            reason text,
            model text NOT NULL,
            adapter text NOT NULL,
            prompt text NOT NULL,
            recipe text,
            rejected_option_label text,
            rejected_adapter text,
            rejected_recipe text,
            created_at timestamptz NOT NULL,
            PRIMARY KEY (household_id, request_id)
        );
        CREATE INDEX IF NOT EXISTS recipe_feedback_recipe_idx ON recipe_feedback (household_id, recipe_request_id);
        """;

    public const string State = """
        CREATE TABLE IF NOT EXISTS household_state (
            household_id text PRIMARY KEY,
            state text NOT NULL,
            updated_at timestamptz NOT NULL
        );
        """;
}
