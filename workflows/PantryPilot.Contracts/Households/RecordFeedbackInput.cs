namespace PantryPilot.Contracts.Households;

public sealed record RecordFeedbackInput(string HouseholdId, string PayloadHash, FeedbackRequest Feedback);
