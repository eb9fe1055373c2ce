namespace PantryPilot.Domain.Retraining;

/// <summary>A feedback row the dataset does not use, with its reason and the row as stored.</summary>
public sealed record RemovedFeedbackLine(string ReasonCode, string Reason, FeedbackRow Row);
