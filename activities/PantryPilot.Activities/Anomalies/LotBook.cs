using PantryPilot.Domain.Forecasting;
using PantryPilot.Domain.Units;

namespace PantryPilot.Activities.Anomalies;

/// <summary>The inventory's lots per (user, item), in canonical units, for the forecasts' first-in-first-out
/// projection.
/// One struct per lot in one growing array, chained per pair, so a million lots cost no object each.
/// Filled by one thread, read after.</summary>
internal sealed class LotBook
{
    private readonly Dictionary<(string User, string Item), int> heads = [];
    private readonly List<StockLot> scratch = [];
    private Entry[] entries = new Entry[1024];
    private int count;

    public void Add(
        string user,
        string item,
        long? sourceRow,
        double quantity,
        CanonicalUnit unit,
        DateOnly? expiry,
        DateOnly? acquired)
    {
        if (count == entries.Length)
        {
            Array.Resize(ref entries, entries.Length * 2);
        }

        var next = heads.TryGetValue((user, item), out var head) ? head : -1;
        entries[count] = new(quantity, unit, expiry, acquired, sourceRow, next);
        heads[(user, item)] = count++;
    }

    /// <summary>The pair's lots in <paramref name="unit"/>; null when the inventory has none, or has one in another
    /// unit
    /// family (then its stock cannot be counted against the purchases' rate and the forecast says so). The list is
    /// reused: valid until the next call.</summary>
    public List<StockLot>? For(string user, string item, CanonicalUnit unit, out bool otherUnit)
    {
        otherUnit = false;
        if (!heads.TryGetValue((user, item), out var index))
        {
            return null;
        }

        var lots = scratch;
        lots.Clear();
        for (; index >= 0; index = entries[index].Next)
        {
            ref var e = ref entries[index];
            if (e.Unit != unit)
            {
                otherUnit = true;
                return null;
            }

            lots.Add(new(e.Quantity, e.Expiry, e.Acquired, e.SourceRow));
        }

        return lots;
    }

    private readonly record struct Entry(
        double Quantity,
        CanonicalUnit Unit,
        DateOnly? Expiry,
        DateOnly? Acquired,
        long? SourceRow,
        int Next);
}
