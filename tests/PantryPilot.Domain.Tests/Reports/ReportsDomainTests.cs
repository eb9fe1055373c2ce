using PantryPilot.Domain.Reports;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Tests.Reports;

public class ReportsDomainTests
{
    [Theory]
    [InlineData("Soy Sauce", "chinese", CuisineMap.NonWestern)]
    [InlineData("napa kimchi", "korean", CuisineMap.NonWestern)]
    [InlineData("Paneer", "indian", CuisineMap.NonWestern)]
    [InlineData("masa harina", "mexican", CuisineMap.NonWestern)] // a catalogue item: the catalogue's own label
    [InlineData("blue corn masa", "latin_american", CuisineMap.NonWestern)] // not in the catalogue: the keyword map
    [InlineData("spaghetti", "italian", CuisineMap.Western)]
    [InlineData("free range eggs", "global", CuisineMap.Global)]
    [InlineData("zorblax", "unknown", CuisineMap.Unknown)]
    public void CuisineOf_KnownNames_MapsCuisineAndRegion(string name, string cuisine, string region)
    {
        Assert.Equal(cuisine, CuisineMap.CuisineOf(name));
        Assert.Equal(region, CuisineMap.RegionOf(CuisineMap.CuisineOf(name)));
    }

    [Fact]
    public void DistinctEstimator_BelowK_IsExactAndAboveK_IsClose()
    {
        var small = new DistinctEstimator();
        foreach (var i in Enumerable.Range(0, 500).Concat(Enumerable.Range(0, 500)))
        {
            small.Add($"v{i}");
        }

        Assert.Equal(500, small.Estimate());

        var large = new DistinctEstimator();
        for (var i = 0; i < 100_000; i++)
        {
            large.Add($"item-{i}");
        }

        Assert.InRange(large.Estimate(), 90_000, 110_000);
    }

    [Fact]
    public void ReservoirSample_ManyMoreValuesThanCapacity_MedianStaysCloseAndRunsRepeat()
    {
        double? Median(int seed)
        {
            var sample = new ReservoirSample(2_000, seed);
            for (var i = 0; i < 1_000_000; i++)
            {
                sample.Add((i * 7_919L) % 1_000_000); // every value 0..999,999 once, in a scrambled order
            }

            Assert.Equal(1_000_000, sample.Seen);
            return sample.Median();
        }

        Assert.InRange(Median(3)!.Value, 450_000, 550_000);
        Assert.Equal(Median(3), Median(3)); // same seed, same sample: reports are reproducible
        Assert.NotEqual(Median(3), Median(4));
    }

    [Fact]
    public void ColumnProfile_Numbers_CountsNullsMinMaxMeanMedian()
    {
        var p = new ColumnProfile("t", new ColumnSpec("qty", ColumnKind.Number));
        p.Observe(new double?[] { 1, 2, null, 10, double.NaN }, 5);

        Assert.Equal(5, p.Count);
        Assert.Equal(2, p.Nulls);
        Assert.Equal(1, p.Min);
        Assert.Equal(10, p.Max);
        Assert.Equal(13.0 / 3, p.Mean!.Value, 6);
        Assert.Equal(2, p.Median);
        Assert.Equal(3, p.DistinctEstimate);
    }

    [Fact]
    public void ColumnProfile_TextAndDates_TopValuesAndRenderedDates()
    {
        var text = new ColumnProfile("t", new ColumnSpec("unit", ColumnKind.Text));
        text.Observe(new[] { "g", "g", "ml", null }, 4);
        Assert.Equal(("g", 2L), text.TopValues(1).Single());

        var dates = new ColumnProfile("t", new ColumnSpec("d", ColumnKind.Date));
        dates.Observe(new DateOnly?[] { new(2026, 1, 1), new(2026, 1, 3), new(2026, 1, 2) }, 3);
        Assert.Equal("2026-01-01", dates.Render(dates.Min));
        Assert.Equal("2026-01-02", dates.Render(dates.Median));
    }

    [Fact]
    public void RepresentationTally_PriceDisparity_RatioOfMedians()
    {
        var t = new RepresentationTally("purchases");
        t.Add("italian", "pasta", "g", "g", 0.01);
        t.Add("italian", "pasta", "g", "g", 0.03);
        t.Add("korean", "ferments", "g", "g", 0.04);
        t.Add("global", "eggs", "pcs", "pcs", 0.5);

        var rows = t.Rows().ToArray();
        Assert.Equal(0.5, rows.Single(r => r.Dimension == "region" && r.Slice == CuisineMap.Western).Share);
        Assert.Equal(2.0 / 3, rows.Single(r => r.Dimension == "western_share_of_regional" && r.Slice == CuisineMap.Western).Share!.Value, 6);
        Assert.Equal(0.02, rows.Single(r => r.Slice == "g/western").Value!.Value, 9);
        Assert.Equal(2.0, rows.Single(r => r.Dimension == "unit_price_ratio_non_western_to_western").Value!.Value, 9);
    }
}
