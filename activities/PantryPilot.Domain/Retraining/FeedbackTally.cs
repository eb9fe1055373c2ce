namespace PantryPilot.Domain.Retraining;

/// <summary>Counts feedback in the order it was given (oldest first): preference pairs, likes and dislikes, the served
/// adapter's approval rate and, per dietary tag, how many of its answers in a row were disliked. Only ratings of
/// <see cref="ServedAdapter"/> count towards the rate and the streaks: a like of the base model's answer in a compare
/// pair says nothing about the adapter being served.</summary>
public sealed class FeedbackTally(string servedAdapter)
{
    private readonly Dictionary<string, int> streaks = new(StringComparer.Ordinal);

    public string ServedAdapter { get; } = servedAdapter;

    public int Feedback { get; private set; }

    public int Pairs { get; private set; }

    public int Likes { get; private set; }

    public int Dislikes { get; private set; }

    public int ServedLikes { get; private set; }

    public int ServedDislikes { get; private set; }

    public int ServedRatings => ServedLikes + ServedDislikes;

    /// <summary>Likes / ratings of the served adapter; null before its first rating.</summary>
    public double? ApprovalRate => ServedRatings == 0 ? null : (double)ServedLikes / ServedRatings;

    /// <summary>Tags whose last ratings were dislikes, longest streak first (ties by tag).</summary>
    public IReadOnlyList<(string Tag, int Dislikes)> Streaks =>
        streaks.Where(s => s.Value > 0)
            .OrderByDescending(s => s.Value)
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => (s.Key, s.Value))
            .ToList();

    /// <param name="tags">The request's dietary tags (<see cref="ServedPromptText.DietTags"/>).</param>
    public void Add(RatingKind kind, string adapter, IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        Feedback++;
        var served = string.Equals(adapter, ServedAdapter, StringComparison.Ordinal);
        switch (kind)
        {
            case RatingKind.Prefer:
                Pairs++;
                return;
            case RatingKind.Like:
                Likes++;
                break;
            case RatingKind.Dislike:
                Dislikes++;
                break;
        }

        if (!served)
        {
            return;
        }

        if (kind == RatingKind.Like)
        {
            ServedLikes++;
        }
        else
        {
            ServedDislikes++;
        }

        foreach (var tag in tags)
        {
            streaks[tag] = kind == RatingKind.Like ? 0 : streaks.GetValueOrDefault(tag) + 1;
        }
    }
}
