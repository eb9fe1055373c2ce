namespace PantryPilot.Workflows.Tests.Support;

/// <summary>The workflow code replayed without a nondeterminism error but asked for something other than the history
/// records: another queue, timeout, retry policy, input, child option or timer. Running workflows would not fail on
/// it, but they would silently get the new behaviour mid-run: such a change needs the versioning process.</summary>
public sealed class HistoryDriftException : Exception
{
    public HistoryDriftException()
    {
    }

    public HistoryDriftException(string message)
        : base(message)
    {
    }

    public HistoryDriftException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
