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

/// <summary>Bytes whose SHA-256 is not the address they were stored or fetched under.</summary>
public sealed class CorruptObjectException : VersioningException
{
    public CorruptObjectException(string message)
        : base(message)
    {
    }

    public CorruptObjectException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CorruptObjectException()
    {
    }
}

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
