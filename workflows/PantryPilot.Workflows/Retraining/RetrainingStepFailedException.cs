namespace PantryPilot.Workflows.Retraining;

/// <summary>A step of a round (an activity, the served-model check) did not complete after its retries. The
/// coordinator records it and goes on; it never ends the long-lived workflow.</summary>
public sealed class RetrainingStepFailedException : Exception
{
    public RetrainingStepFailedException()
    {
    }

    public RetrainingStepFailedException(string message)
        : base(message)
    {
    }

    public RetrainingStepFailedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
