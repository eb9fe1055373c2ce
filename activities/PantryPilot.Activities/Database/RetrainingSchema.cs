namespace PantryPilot.Activities.Database;

/// <summary>The retraining loop's tables (migrations 20-29), beside the households' <c>recipe_feedback</c>: which
/// feedback a retraining round has already seen (so it never counts towards a threshold twice) and the rounds
/// themselves (so round numbers stay unique when the coordinator starts afresh). Portable SQL, like the
/// households'.</summary>
public static class RetrainingSchema
{
    public const string Tables = """
        CREATE TABLE IF NOT EXISTS retraining_rounds (
            round integer PRIMARY KEY,
            dataset_name text NOT NULL,
            cutoff timestamptz,
            feedback_rows bigint NOT NULL,
            started_at timestamptz NOT NULL
        );

        CREATE TABLE IF NOT EXISTS retraining_feedback_seen (
            household_id text NOT NULL,
            request_id text NOT NULL,
            round integer NOT NULL,
            PRIMARY KEY (household_id, request_id)
        );

        CREATE INDEX IF NOT EXISTS recipe_feedback_created_idx
            ON recipe_feedback (created_at, household_id, request_id);
        """;
}
