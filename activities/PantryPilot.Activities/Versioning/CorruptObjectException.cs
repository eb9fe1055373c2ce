namespace PantryPilot.Activities.Versioning;

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
