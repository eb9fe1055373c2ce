namespace PantryPilot.Activities.Versioning;

/// <summary>A versioning operation that cannot go on (unknown snapshot id, missing object). The message is meant for
/// an operator: it says what is wrong and what to run next.</summary>
public class VersioningException : Exception
{
    public VersioningException(string message)
        : base(message)
    {
    }

    public VersioningException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public VersioningException()
    {
    }
}
