namespace PantryPilot.Cli.Approvals;

/// <summary>The run did not take the decision (its update validator or handler rejected it, or it does not
/// exist): the message says why, in words for the person who clicked.</summary>
public sealed class PromotionDecisionRefusedException(string message, Exception? inner = null)
    : Exception(message, inner);
