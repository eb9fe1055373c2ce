using CsCheck;
using PantryPilot.Domain.Retraining;

namespace PantryPilot.Domain.Tests.Retraining;

public class FeedbackTallyTests
{
    private const string Served = "promoted:recipe-model-nov/iter-0001000";

    [Fact]
    public void Add_MixedFeedback_CountsPairsAndOnlyTheServedAdaptersRatings()
    {
        var tally = new FeedbackTally(Served);
        tally.Add(RatingKind.Like, Served, ["vegan"]);
        tally.Add(RatingKind.Dislike, Served, ["vegan"]);
        tally.Add(RatingKind.Dislike, Served, ["vegan", "gluten-free"]);
        tally.Add(RatingKind.Dislike, "base", ["gluten-free"]);   // the base answer of a compare pair: not the served adapter's
        tally.Add(RatingKind.Prefer, "base", ["vegan"]);
        tally.Add(RatingKind.Prefer, Served, ["none"]);

        Assert.Equal(6, tally.Feedback);
        Assert.Equal(2, tally.Pairs);
        Assert.Equal((1, 3), (tally.Likes, tally.Dislikes));
        Assert.Equal((1, 2), (tally.ServedLikes, tally.ServedDislikes));
        Assert.Equal(1.0 / 3, tally.ApprovalRate!.Value, 12);
        Assert.Equal([("vegan", 2), ("gluten-free", 1)], tally.Streaks);
    }

    [Fact]
    public void Add_ALikeOnATag_EndsItsStreakOnly()
    {
        var tally = new FeedbackTally(Served);
        tally.Add(RatingKind.Dislike, Served, ["vegan"]);
        tally.Add(RatingKind.Dislike, Served, ["dairy-free"]);
        tally.Add(RatingKind.Like, Served, ["vegan"]);

        Assert.Equal([("dairy-free", 1)], tally.Streaks);
    }

    [Fact]
    public void ApprovalRate_NoRatingsOfTheServedAdapter_IsNull()
    {
        var tally = new FeedbackTally(Served);
        tally.Add(RatingKind.Like, "base", ["none"]);

        Assert.Null(tally.ApprovalRate);
        Assert.Equal(0, tally.ServedRatings);
    }

    [Fact]
    public void Streaks_AnySequence_EqualTheTrailingDislikesOfEachTagCountedBackwards()
    {
        // Oracle: for each tag, walk the served ratings with that tag from the newest back and count dislikes until a like.
        var rating = Gen.Select(Gen.Int[0, 1], Gen.Int[0, 3], Gen.Int[0, 2]);
        rating.Array[0, 40].Sample(ratings =>
        {
            var tags = new[] { "vegan", "vegetarian", "gluten-free" };
            var tally = new FeedbackTally(Served);
            var seen = new List<(bool Like, string Adapter, string[] Tags)>();
            foreach (var (like, adapterPick, tagPick) in ratings)
            {
                var adapter = adapterPick == 0 ? "base" : Served;
                var ratingTags = tagPick == 2 ? new[] { tags[0], tags[2] } : [tags[tagPick]];
                tally.Add(like == 1 ? RatingKind.Like : RatingKind.Dislike, adapter, ratingTags);
                seen.Add((like == 1, adapter, ratingTags));
            }

            foreach (var tag in tags)
            {
                var expected = 0;
                foreach (var r in Enumerable.Reverse(seen).Where(r => r.Adapter == Served && r.Tags.Contains(tag)))
                {
                    if (r.Like)
                    {
                        break;
                    }

                    expected++;
                }

                var actual = tally.Streaks.Where(s => s.Tag == tag).Select(s => s.Dislikes).FirstOrDefault();
                Assert.Equal(expected, actual);
            }
        });
    }
}
