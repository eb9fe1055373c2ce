using PantryPilot.Domain.Retraining;

namespace PantryPilot.Domain.Tests.Retraining;

public class RetrainingRulesTests
{
    private const string Served = "promoted:e1";

    private static FeedbackTally Tally(int pairs = 0, int likes = 0, int dislikes = 0, string tag = "vegan")
    {
        var tally = new FeedbackTally(Served);
        for (var i = 0; i < pairs; i++)
        {
            tally.Add(RatingKind.Prefer, Served, [tag]);
        }

        for (var i = 0; i < likes; i++)
        {
            tally.Add(RatingKind.Like, Served, [tag]);
        }

        for (var i = 0; i < dislikes; i++)
        {
            tally.Add(RatingKind.Dislike, Served, [tag]);
        }

        return tally;
    }

    [Theory]
    [InlineData(49, 0)]
    [InlineData(50, 1)] // exactly at the threshold
    [InlineData(73, 1)] // a burst that jumped past it between two checks still trips it
    public void NewPairs_AtLeastTheThreshold_Reached(int pairs, int expected)
    {
        var rules = new RetrainingRules(50, 0, 1, 0);

        Assert.Equal(expected, rules.Reached(Tally(pairs)).Count);
    }

    [Fact]
    public void NewPairs_Reached_SaysHowManyAndTheThreshold() =>
        Assert.Equal(["73 new preference pairs (threshold 50)"], new RetrainingRules(50, 0, 1, 0).Reached(Tally(73)));

    [Fact]
    public void ApprovalRate_BelowButTooFewRatings_NotReached() =>
        Assert.Empty(new RetrainingRules(0, 0.6, 20, 0).Reached(Tally(likes: 1, dislikes: 18)));

    [Fact]
    public void ApprovalRate_BelowOverEnoughRatings_ReachedWithTheFigures()
    {
        // 9 likes of 20 ratings: 45.0%, under 60% over at least 20.
        var reasons = new RetrainingRules(0, 0.6, 20, 0).Reached(Tally(likes: 9, dislikes: 11));

        Assert.Equal(["approval rate 45.0% over 20 ratings of promoted:e1 (below 60% over at least 20)"], reasons);
    }

    [Fact]
    public void ApprovalRate_AtTheThreshold_NotReached() =>
        Assert.Empty(new RetrainingRules(0, 0.6, 10, 0).Reached(Tally(likes: 6, dislikes: 4)));

    [Fact]
    public void DislikeStreak_OnOneTag_ReachedNamingTheTag()
    {
        var tally = Tally(likes: 3, dislikes: 5, tag: "gluten-free");

        Assert.Equal(["5 dislikes in a row of promoted:e1's answers to gluten-free requests (threshold 5)"], new RetrainingRules(0, 0, 1, 5).Reached(tally));
        Assert.Empty(new RetrainingRules(0, 0, 1, 6).Reached(tally));
    }

    [Fact]
    public void AllRulesOff_NeverReached() => Assert.Empty(new RetrainingRules(0, 0, 1, 0).Reached(Tally(500, 0, 500)));
}
