namespace PantryPilot.Workflows.Tests.Support;

/// <summary>A history the server would not have accepted: a payload, request, event count or size over its limit.</summary>
public sealed class HistoryLimitException : Exception
{
    public HistoryLimitException()
    {
    }

    public HistoryLimitException(string message)
        : base(message)
    {
    }

    public HistoryLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
