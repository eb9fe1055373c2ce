namespace PantryPilot.Activities.Database;

/// <summary>PostgreSQL could not be reached (connection refused or reset, server shutting down or starting up,
/// timeout). An infrastructure fault, not bad input: it is retryable on purpose, so the activity's retry policy
/// (Temporal, or the in-process runner's same policy) waits for the database to come back instead of failing the
/// day's run. The message names host and port, never the password.</summary>
public sealed class DatabaseUnavailableException : Exception
{
    public DatabaseUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DatabaseUnavailableException(string message)
        : base(message)
    {
    }

    public DatabaseUnavailableException()
    {
    }
}
