namespace PantryPilot.Activities.Database;

/// <summary>One step of the schema, applied once and recorded in <c>schema_migrations</c>.
/// Never edit a released step: add a new version instead.</summary>
public sealed record Migration(int Version, string Description, string Sql)
{
    /// <summary>The same step for the embedded store (SQLite), when <see cref="Sql"/> is not valid there; null: the
    /// PostgreSQL text runs as it is. Same versions, same tables and columns in both.</summary>
    public string? Sqlite { get; init; }
}
