namespace PantryPilot.Activities.Versioning;

/// <summary>A checkout would overwrite or delete working files that differ from HEAD.</summary>
public sealed class UncommittedChangesException : VersioningException
{
    public UncommittedChangesException(string message)
        : base(message)
    {
    }

    public UncommittedChangesException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UncommittedChangesException()
    {
    }
}
