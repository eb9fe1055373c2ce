namespace PantryPilot.Activities.Pipeline;

/// <summary>User data or configuration that cannot be processed at all (missing file, missing column, database down
/// after retries). The message names the file or table, the row and the field. Retrying will not help, so the
/// pipeline's retry policies list this type as non-retryable.</summary>
public sealed class BadInputException : Exception
{
    public BadInputException(string message)
        : base(message)
    {
    }

    public BadInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BadInputException()
    {
    }
}
