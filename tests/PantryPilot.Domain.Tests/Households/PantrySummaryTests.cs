using PantryPilot.Domain.Households;

namespace PantryPilot.Domain.Tests.Households;

public class PantrySummaryTests
{
    [Fact]
    public void Summarize_LotsOfOneFamilySummedInTheLargestLotsUnit_OthersApart()
    {
        var items = PantrySummary.Summarize(
        [
            new StockLot(1, "rice", 1, "kg", new DateOnly(2026, 5, 1)),
            new StockLot(2, "Rice ", 500, "g", new DateOnly(2026, 4, 1)),
            new StockLot(3, "eggs", 6, "pcs", new DateOnly(2026, 3, 10)),
            new StockLot(4, "eggs", 100, "g", null),
            new StockLot(5, "salt", 0, "g", null),
        ]);

        Assert.Equal(
            [("eggs", 6d, "pcs", 1, (DateOnly?)new DateOnly(2026, 3, 10)), ("rice", 1.5, "kg", 2, new DateOnly(2026, 4, 1)), ("eggs", 100d, "g", 1, null)],
            items.Select(i => (i.Name, i.Quantity, i.Unit, i.Lots, i.EarliestExpiry)));
    }
}
