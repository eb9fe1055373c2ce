using System.Globalization;
using PantryPilot.Domain.Retraining;

namespace PantryPilot.Domain.Tests.Retraining;

public class FeedbackSplitTests
{
    [Fact]
    public void IsValid_SameSeedAndId_SameFileEveryTime() =>
        Assert.All(Enumerable.Range(0, 200).Select(i => $"H{i}/f-{i}"), id => Assert.Equal(FeedbackSplit.IsValid(7, id, 0.3), FeedbackSplit.IsValid(7, id, 0.3)));

    [Fact]
    public void IsValid_ShareZeroOrOne_NoneOrAll()
    {
        var ids = Enumerable.Range(0, 500).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList();

        Assert.DoesNotContain(ids, id => FeedbackSplit.IsValid(1, id, 0));
        Assert.All(ids, id => Assert.True(FeedbackSplit.IsValid(1, id, 1.0000001)));
    }

    [Fact]
    public void IsValid_TenThousandIds_ValidShareWithinBinomialBounds()
    {
        // 10% of 10,000: mean 1,000, standard deviation 30; 5 deviations either side.
        var valid = Enumerable.Range(0, 10_000).Count(i => FeedbackSplit.IsValid(7, $"H{i % 37}/f-{i}", 0.1));

        Assert.InRange(valid, 850, 1150);
    }
}
