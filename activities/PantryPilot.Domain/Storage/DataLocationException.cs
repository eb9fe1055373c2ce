namespace PantryPilot.Domain.Storage;

/// <summary>A data location a <see cref="DataRoot"/> refuses (empty, or leaving a worker's root); the message names
/// the location and the root. No retry can fix it.</summary>
public sealed class DataLocationException : Exception
{
    public DataLocationException()
    {
        Location = string.Empty;
    }

    public DataLocationException(string message)
        : base(message)
    {
        Location = string.Empty;
    }

    public DataLocationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Location = string.Empty;
    }

    public DataLocationException(string location, string message)
        : base(message)
    {
        Location = location;
    }

    /// <summary>The location as the payload carried it.</summary>
    public string Location { get; }
}
