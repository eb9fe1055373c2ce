namespace PantryPilot.Domain.Retraining;

public static class RatingKinds
{
    /// <summary>Reads a stored verdict ("like", "dislike", "prefer", any case); null for anything else.</summary>
    public static RatingKind? Parse(string? stored) => stored?.Trim().ToLowerInvariant() switch
    {
        "like" => RatingKind.Like,
        "dislike" => RatingKind.Dislike,
        "prefer" => RatingKind.Prefer,
        _ => null,
    };
}
