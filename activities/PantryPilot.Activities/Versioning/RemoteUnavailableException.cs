namespace PantryPilot.Activities.Versioning;

/// <summary>The remote could not be reached (after retries) or refused the request.</summary>
public sealed class RemoteUnavailableException : VersioningException
{
    public RemoteUnavailableException(string message)
        : base(message)
    {
    }

    public RemoteUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RemoteUnavailableException()
    {
    }
}
