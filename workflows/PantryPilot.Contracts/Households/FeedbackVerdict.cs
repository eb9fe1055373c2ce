namespace PantryPilot.Contracts.Households;

public enum FeedbackVerdict
{
    Like,
    Dislike,

    /// <summary>The choice between the two answers of a pair (compare or preference pair): the option named
    /// wins.</summary>
    Prefer,
}
