using System.Globalization;
using PantryPilot.Domain.Forecasting;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Shopping;

/// <summary>Turns a household's stored rows (open lots, purchases) into <see cref="PantryItemState"/>s for the
/// <see cref="ShoppingListPlanner"/>, one per item id:
/// * every quantity goes to its canonical unit (g, ml, pcs); the item's unit is that of its purchases, else of its
///   first lot; a row of another family, or in a unit nobody knows, gets a note and is not counted;
/// * stock is the open lots not past their date; min stock is the largest reorder threshold of its lots;
/// * the forecast is <see cref="ConsumptionForecaster"/>'s on the purchases up to the as-of day, counted from the lots
///   on the shelf; one purchase gives a cold-start forecast from the category prior; no purchase, no forecast (a note
///   says so, and only min stock can list the item);
/// * consume and cook events (and discards, which are not use) go to the forecaster beside the purchases: where they
///   span a week or more they weigh in by their days, the purchases' rate the fallback and the prior;
/// * the pack sizes are the quantities of its purchases up to the as-of day.</summary>
public static class HouseholdItemsBuilder
{
    public static HouseholdItems Build(
        IEnumerable<ShelfLotRow> lots,
        IEnumerable<PurchaseRow> purchases,
        DateOnly asOf,
        ConsumptionForecaster forecaster,
        IEnumerable<UsageRow>? usage = null)
    {
        ArgumentNullException.ThrowIfNull(lots);
        ArgumentNullException.ThrowIfNull(purchases);
        ArgumentNullException.ThrowIfNull(forecaster);
        var lotsByItem = lots.GroupBy(l => l.ItemId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var boughtByItem = purchases.GroupBy(p => p.ItemId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var usedByItem = (usage ?? []).GroupBy(u => u.ItemId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var items = new List<PantryItemState>();
        var notes = new List<ShoppingNote>();
        var ids = lotsByItem.Keys.Union(boughtByItem.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var itemLots = lotsByItem.GetValueOrDefault(id) ?? [];
            var bought = boughtByItem.GetValueOrDefault(id) ?? [];
            var used = usedByItem.GetValueOrDefault(id) ?? [];
            if (Item(id, itemLots, bought, used, asOf, forecaster, notes) is { } item)
            {
                items.Add(item);
            }
        }

        return new(items, notes);
    }

    private static PantryItemState? Item(
        string id,
        List<ShelfLotRow> lots,
        List<PurchaseRow> bought,
        List<UsageRow> used,
        DateOnly asOf,
        ConsumptionForecaster forecaster,
        List<ShoppingNote> notes)
    {
        // The latest name and category the household used for the item.
        var name = bought.OrderBy(p => p.Date).Select(p => p.Name).Concat(lots.Select(l => l.Name))
            .LastOrDefault() ?? id;
        var category = lots.Select(l => l.Category).Concat(bought.Select(p => p.Category))
            .LastOrDefault(c => c is not null);
        void Note(string reason) => notes.Add(new(id, name, reason));

        var history = new ConsumptionHistory();
        var (unit, packs) = ReadPurchases(bought, asOf, history, Note);
        ReadUsage(used, unit, history, Note);
        var (stockLots, minStock, stockUnit) = ReadStock(lots, asOf, unit, Note);
        if (stockUnit is not { } canonical)
        {
            return null; // every row already has its note
        }

        ConsumptionForecast? forecast = null;
        if (history.PurchaseRows == 0)
        {
            Note("no purchase recorded: no forecast, only its min stock can list it");
        }
        else if (!forecaster.TryForecast(history, asOf, category, stockLots, out forecast, out var whyNot, id))
        {
            Note($"no forecast: {whyNot}");
        }
        else if (forecast!.Basis == ForecastBasis.CategoryPrior)
        {
            Note("one purchase only: its rate is the category prior's (cold start), not its own");
        }

        var stock = stockLots.Sum(l => l.Quantity);
        return new(id, name, category, canonical, stock, minStock, forecast, packs);
    }

    /// <summary>The item's purchases into <paramref name="history"/>, in the item's unit family: the one most of its
    /// purchases are in (ties: the latest), whatever the row order. The pack sizes are those bought up to
    /// <paramref name="asOf"/>.</summary>
    private static (CanonicalUnit? Unit, List<double> Packs) ReadPurchases(
        List<PurchaseRow> bought,
        DateOnly asOf,
        ConsumptionHistory history,
        Action<string> note)
    {
        var converted = new List<(PurchaseRow Row, double Quantity, CanonicalUnit Unit)>();
        foreach (var row in bought.OrderBy(p => p.Date).ThenBy(p => p.RowId))
        {
            var conversion = UnitNormalizer.Normalize(row.Quantity, row.Unit);
            if (conversion.Success)
            {
                converted.Add((row, conversion.Value, conversion.Unit));
            }
            else
            {
                note($"purchase row {Row(row.RowId)} ({Day(row.Date)}): unit {conversion.Error}; not counted");
            }
        }

        CanonicalUnit? unit = converted.Count == 0
            ? null
            : converted.GroupBy(c => c.Unit).OrderByDescending(g => g.Count())
                .ThenByDescending(g => g.Max(c => c.Row.Date)).First().Key;
        var packs = new List<double>();
        foreach (var (row, quantity, rowUnit) in converted)
        {
            if (rowUnit != unit)
            {
                var where = $"purchase row {Row(row.RowId)} ({Day(row.Date)}, {Number(row.Quantity)} {row.Unit})";
                note($"{where} is in {rowUnit.Symbol()}, which cannot be counted with {unit!.Value.Symbol()}");
            }
            else if (!history.AddPurchase(row.Date, quantity, rowUnit, row.RowId))
            {
                note(history.Rejections[^1].Reason + "; not counted");
            }
            else if (row.Date <= asOf)
            {
                packs.Add(quantity);
            }
            else
            {
                note($"purchase row {Row(row.RowId)} is dated {Day(row.Date)}, after today {Day(asOf)}: left out");
            }
        }

        return (unit, packs);
    }

    /// <summary>Consume, cook and discard events into <paramref name="history"/>, when they are in
    /// <paramref name="unit"/>'s family (none are read for an item never bought).</summary>
    private static void ReadUsage(
        List<UsageRow> used,
        CanonicalUnit? unit,
        ConsumptionHistory history,
        Action<string> note)
    {
        foreach (var row in used.Where(u => unit is not null).OrderBy(u => u.Date).ThenBy(u => u.RowId))
        {
            var conversion = UnitNormalizer.Normalize(row.Quantity, row.Unit);
            var where = $"{row.Kind.ToString().ToLowerInvariant()} event {Row(row.RowId)} ({Day(row.Date)}, "
                + $"{Number(row.Quantity)} {row.Unit})";
            if (!conversion.Success)
            {
                note($"{where}: unit {conversion.Error}; not counted");
            }
            else if (conversion.Unit != unit)
            {
                note($"{where} is in {conversion.Unit.Symbol()}, which cannot be counted with {unit!.Value.Symbol()}");
            }
            else if (!history.AddUsage(row.Date, conversion.Value, conversion.Unit, row.Kind, row.RowId))
            {
                note(history.Rejections[^1].Reason + "; not counted");
            }
        }
    }

    /// <summary>The open lots not past their date, in the item's unit (that of its purchases, else of its first
    /// readable lot), and the largest reorder threshold of its lots.</summary>
    private static (List<StockLot> Lots, double? MinStock, CanonicalUnit? Unit) ReadStock(
        List<ShelfLotRow> lots,
        DateOnly asOf,
        CanonicalUnit? unit,
        Action<string> note)
    {
        var stockLots = new List<StockLot>();
        double? minStock = null;
        foreach (var lot in lots)
        {
            var conversion = UnitNormalizer.Normalize(lot.Quantity, lot.Unit);
            var where = $"stock lot {Row(lot.RowId)} ({Number(lot.Quantity)} {lot.Unit})";
            if (!conversion.Success)
            {
                note($"{where}: unit {conversion.Error}; not counted");
                continue;
            }

            unit ??= conversion.Unit;
            if (conversion.Unit != unit)
            {
                note($"{where} is in {conversion.Unit.Symbol()}, which cannot be counted with {unit.Value.Symbol()}");
                continue;
            }

            if (lot.MinStock is { } threshold && threshold > 0)
            {
                var scaled = threshold * (conversion.Value / lot.Quantity);
                minStock = Math.Max(minStock ?? 0, scaled);
            }

            if (lot.Expiry is { } expiry && expiry < asOf)
            {
                note($"{where} expired on {Day(expiry)}: not counted as stock");
                continue;
            }

            stockLots.Add(new(conversion.Value, lot.Expiry, lot.Acquired, lot.RowId));
        }

        return (stockLots, minStock, unit);
    }

    private static string Row(long row) => row.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(double q) => q.ToString("0.###", CultureInfo.InvariantCulture);
}
