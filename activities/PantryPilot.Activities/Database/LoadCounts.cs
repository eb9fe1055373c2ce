namespace PantryPilot.Activities.Database;

/// <summary>What an idempotent load did: rows with a new natural key, rows that replaced different ones, rows already
/// there.</summary>
public sealed record LoadCounts(long Inserted, long Updated, long Unchanged)
{
    public long Rows => Inserted + Updated + Unchanged;
}
