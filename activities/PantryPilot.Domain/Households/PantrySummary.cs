using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Households;

/// <summary>Stock by item: lots with the same name (case and spaces ignored) whose units convert into each other are
/// summed, in the unit of the largest lot; lots that do not convert (pcs and g, or a unit nobody knows) stay separate.
/// Soonest expiry first, then by name.</summary>
public static class PantrySummary
{
    public static IReadOnlyList<ItemStock> Summarize(IEnumerable<StockLot> lots)
    {
        ArgumentNullException.ThrowIfNull(lots);
        var items = new List<ItemStock>();
        var groups = lots.Where(l => l.Quantity > StockLimits.Epsilon)
            .GroupBy(l => (Name: l.Name.Trim().ToUpperInvariant(), Family: Family(l)));
        foreach (var group in groups)
        {
            var members = group.ToList();
            var largest = members.MaxBy(l => StockInput.LotAmount(l)?.Value ?? l.Quantity)!;
            var quantity = StockInput.LotAmount(largest) is { } reference
                ? members.Sum(l => StockInput.LotAmount(l)!.Value.Value) / reference.Factor
                : members.Sum(l => l.Quantity);
            var expiry = members.Where(l => l.Expires is not null).Select(l => l.Expires).Min();
            items.Add(new ItemStock(largest.Name.Trim(), Math.Round(quantity, 3), largest.Unit, members.Count, expiry));
        }

        return items.OrderBy(i => i.EarliestExpiry ?? DateOnly.MaxValue)
            .ThenBy(i => i.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>g, ml or pcs; an unknown unit is a family of its own (its exact spelling).</summary>
    private static string Family(StockLot lot) =>
        StockInput.LotAmount(lot) is { } amount ? amount.Unit.Symbol() : "?" + lot.Unit.Trim().ToUpperInvariant();
}
