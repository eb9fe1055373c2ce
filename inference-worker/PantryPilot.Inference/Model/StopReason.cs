namespace PantryPilot.Inference.Model;

public enum StopReason
{
    EndOfSequence,
    MaxTokens,
    WallTime,
}
