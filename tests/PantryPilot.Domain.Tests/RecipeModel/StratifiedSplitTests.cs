using PantryPilot.Domain.RecipeModel;

namespace PantryPilot.Domain.Tests.RecipeModel;

public class StratifiedSplitTests
{
    private static (string Stratum, string Id)[] Samples(int n) =>
        Enumerable.Range(0, n).Select(i => (new[] { "vegetarian", "vegan", "none", "gluten-free+vegan" }[i % 4], $"id-{i}")).ToArray();

    [Theory]
    [InlineData(1000, 0.1, 0.0)]
    [InlineData(999, 0.1, 0.05)]
    [InlineData(37, 0.2, 0.1)]
    public void Assign_EachStratumGetsItsShare(int n, double valid, double test)
    {
        var split = new StratifiedSplit(7, valid, test);
        var samples = Samples(n);
        for (var i = 0; i < samples.Length; i++)
        {
            split.Add(samples[i].Stratum, samples[i].Id, i);
        }

        var (parts, byStratum) = split.Assign();

        Assert.Equal(n, parts.Count);
        foreach (var group in samples.Select((s, i) => (s.Stratum, i)).GroupBy(x => x.Stratum))
        {
            var size = group.Count();
            var inValid = group.Count(x => parts[x.i] == SplitPart.Valid);
            var inTest = group.Count(x => parts[x.i] == SplitPart.Test);
            Assert.Equal((int)Math.Round(size * valid, MidpointRounding.AwayFromZero), inValid);
            Assert.Equal((int)Math.Round(size * test, MidpointRounding.AwayFromZero), inTest);
            Assert.Equal((size - inValid - inTest, (long)inValid, (long)inTest), byStratum[group.Key]);
        }
    }

    [Fact]
    public void Assign_InputOrderDoesNotMatter_SeedDoes()
    {
        var samples = Samples(400);
        HashSet<string> ValidIds(IEnumerable<(string Stratum, string Id)> order, int seed)
        {
            var list = order.ToArray();
            var split = new StratifiedSplit(seed, 0.1, 0);
            for (var i = 0; i < list.Length; i++)
            {
                split.Add(list[i].Stratum, list[i].Id, i);
            }

            var parts = split.Assign().Parts;
            return list.Where((_, i) => parts[i] == SplitPart.Valid).Select(s => s.Id).ToHashSet();
        }

        Assert.Equal(ValidIds(samples, 1), ValidIds(samples.Reverse(), 1));
        Assert.NotEqual(ValidIds(samples, 1), ValidIds(samples, 2));
    }

    [Fact]
    public void Assign_SingleSampleStratum_StaysInTrain()
    {
        var split = new StratifiedSplit(1, 0.5, 0.4);
        split.Add("keto", "only", 0);

        Assert.Equal(SplitPart.Train, split.Assign().Parts[0]);
    }

    [Theory]
    [InlineData(new[] { "Vegan", "gluten-free" }, "gluten-free+vegan")]
    [InlineData(new string[0], "none")]
    public void StratumOf_SortsAndLowerCases(string[] tags, string expected) => Assert.Equal(expected, StratifiedSplit.StratumOf(tags));
}
