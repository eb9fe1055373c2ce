namespace PantryPilot.Activities.Database;

/// <summary>The PostgreSQL source of truth: connection, migrations, COPY in and out.</summary>
public sealed class PantryDatabase(DatabaseOptions options)
{
    public DatabaseOptions Options { get; } = options;
}
