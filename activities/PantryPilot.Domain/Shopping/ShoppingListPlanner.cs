using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Shopping;

/// <summary>Builds a household's shopping list for a horizon (default 7 days). Per item, all in its canonical unit:
/// * reserved R = what the planned recipes in the horizon take (the plan's stock is spoken for);
/// * unplanned use U = max(0, forecast rate x horizon - R): the rate learned from history already includes cooking,
///   so planned recipes are part of the forecast use, not added on top of it (nothing is counted twice);
/// * shortfall = R + U + min stock - stock; the item is listed when it is above zero, for the reasons that hold
///   (<see cref="ShoppingReason"/>); its run-out day counts only the stock left after reservations (stock - R);
/// * the quantity is rounded up to the pack sizes the household has bought: the pack size whose whole number of packs
///   covers the shortfall with the least left over (then the fewest packs); without a known pack, the shortfall itself
///   (whole pieces for counted items).
/// Items are listed in order of their run-out day (soonest first), then by name.</summary>
public static class ShoppingListPlanner
{
    public const int DefaultHorizonDays = 7;

    public static ShoppingList Plan(
        DateOnly asOf,
        IReadOnlyList<PantryItemState> items,
        IReadOnlyList<PlannedNeed> planned,
        UnitSystem units = UnitSystem.Metric,
        int horizonDays = DefaultHorizonDays)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(planned);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(horizonDays);
        var end = asOf.AddDays(horizonDays);
        var problems = new List<string>();
        var byItem = items.ToDictionary(i => i.ItemId, StringComparer.Ordinal);
        var needs = new Dictionary<string, List<PlannedNeed>>(StringComparer.Ordinal);
        var inHorizon = planned.Where(n => n.Date >= asOf && n.Date < end)
            .OrderBy(n => n.Date).ThenBy(n => n.Recipe, StringComparer.Ordinal);
        foreach (var need in inHorizon)
        {
            var what = $"{need.Recipe} on {need.Date:yyyy-MM-dd} needs";
            if (byItem.TryGetValue(need.ItemId, out var item) && item.Unit != need.Unit)
            {
                var mismatch = $"in {need.Unit.Symbol()}, but the pantry counts it in {item.Unit.Symbol()}";
                problems.Add($"{what} {item.Name} {mismatch}: not planned");
                continue;
            }

            if (need.Quantity <= 0 || double.IsNaN(need.Quantity))
            {
                problems.Add($"{what} {need.Quantity} of {need.ItemId}: not a quantity, not planned");
                continue;
            }

            if (!needs.TryGetValue(need.ItemId, out var list))
            {
                needs[need.ItemId] = list = [];
            }

            list.Add(need);
        }

        var lines = new List<ShoppingListLine>();
        foreach (var item in items)
        {
            if (Line(item, needs.GetValueOrDefault(item.ItemId) ?? [], asOf, horizonDays, units) is { } line)
            {
                lines.Add(line);
            }
        }

        // Planned needs of items the pantry has never held: bought whole, for the recipes.
        foreach (var (itemId, list) in needs.Where(n => !byItem.ContainsKey(n.Key)))
        {
            var first = list[0];
            var state = new PantryItemState(itemId, itemId, null, first.Unit, 0, null, null, []);
            lines.Add(Line(state, list, asOf, horizonDays, units)!);
        }

        lines.Sort((a, b) =>
        {
            var c = (a.RunsOutOn ?? DateOnly.MaxValue).CompareTo(b.RunsOutOn ?? DateOnly.MaxValue);
            return c != 0 ? c : string.CompareOrdinal(a.Name, b.Name);
        });
        return new(asOf, horizonDays, units, lines, problems);
    }

    private static ShoppingListLine? Line(
        PantryItemState item, List<PlannedNeed> needs, DateOnly asOf, int horizonDays, UnitSystem units)
    {
        var stock = Math.Max(0, item.Stock);
        var reserved = needs.Sum(n => n.Quantity);
        var rate = item.Forecast?.DailyRate ?? 0;
        var unplanned = Math.Max(0, (rate * horizonDays) - reserved);
        var minimum = Math.Max(0, item.MinStock ?? 0);
        var shortfall = reserved + unplanned + minimum - stock;
        if (shortfall <= 1e-9)
        {
            return null;
        }

        var reasons = ShoppingReason.None;
        DateOnly? runsOut = null;
        if (reserved > stock)
        {
            reasons |= ShoppingReason.PlannedRecipes;
        }
        else if (rate > 0 && stock - reserved < unplanned)
        {
            reasons |= ShoppingReason.RunsOut;
            // What the plans reserve is not there for everyday use: the stock left after reservations, used at the
            // unplanned rate U / days, runs out after (stock - R) / (U / days) days. Without plans that is stock /
            // rate. A rate from logs is 100.0000001, not 100: 400 g then lasts 4 days, not 3.99999.
            runsOut = asOf.AddDays((int)Math.Floor(((stock - reserved) * horizonDays / unplanned) + 1e-9));
        }

        if (minimum > 0 && stock - reserved - unplanned < minimum)
        {
            reasons |= ShoppingReason.BelowMinStock;
        }

        var (packSize, packs, quantity) = RoundToPacks(shortfall, item.Unit, item.PurchaseQuantities);
        var display = HouseholdQuantity.Packs(packs, packSize, quantity, item.Unit, units);
        var recipes = needs.Select(n => n.Recipe).Distinct().ToArray();
        return new(
            item.ItemId, item.Name, item.Category, reasons, item.Unit, shortfall, packSize, packs, quantity, display,
            runsOut,
            recipes);
    }

    /// <summary>The pack size (among those bought) whose whole packs cover the shortfall with the least left over, then
    /// the fewest packs, then the smaller pack.</summary>
    internal static (double? PackSize, int Packs, double Quantity) RoundToPacks(
        double shortfall, CanonicalUnit unit, IReadOnlyList<double> purchased)
    {
        var best = ((double?)null, 0, double.MaxValue);
        foreach (var size in purchased.Where(q => q > 0 && !double.IsNaN(q)).Distinct().Order())
        {
            var packs = (int)Math.Ceiling((shortfall / size) - 1e-9);
            var total = packs * size;
            if (total < best.Item3 - 1e-9 || (Math.Abs(total - best.Item3) <= 1e-9 && packs < best.Item2))
            {
                best = (size, packs, total);
            }
        }

        if (best.Item1 is not null)
        {
            return best;
        }

        var quantity = unit == CanonicalUnit.Piece ? Math.Ceiling(shortfall - 1e-9) : shortfall;
        return (null, 0, quantity);
    }
}
