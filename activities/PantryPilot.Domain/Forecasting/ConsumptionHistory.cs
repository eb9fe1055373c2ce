using System.Globalization;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Forecasting;

/// <summary>Everything known about one household's use of one item, folded one row at a time in any order: purchases
/// (date, quantity in the canonical unit) and, where they exist, consume, cook and discard events.
/// A row that cannot be used (negative or missing quantity, a unit of another family, an unknown unit) is refused with
/// a reason naming the row and kept in <see cref="Rejections"/>; nothing is dropped silently.
/// Memory: one packed long per entry (day, single-precision quantity) plus a few fields; a million pairs of a pipeline
/// run hold a few entries each.</summary>
public sealed class ConsumptionHistory
{
    private long[]? purchases;
    private int purchaseCount;
    private long[]? usage;
    private int usageCount;
    private long[]? discards;
    private int discardCount;
    private List<HistoryRejection>? rejections;

    /// <summary>The canonical unit of the first accepted row; every later row must be in the same one.</summary>
    public CanonicalUnit? Unit { get; private set; }

    /// <summary>Purchase rows accepted (before same-day rows are merged).</summary>
    public int PurchaseRows => purchaseCount;

    public int UsageRows => usageCount + discardCount;

    public IReadOnlyList<HistoryRejection> Rejections => (IReadOnlyList<HistoryRejection>?)rejections ?? [];

    /// <summary>Adds a purchase already in a canonical unit. Returns false (and records why) when it cannot be
    /// used.</summary>
    public bool AddPurchase(DateOnly date, double? quantity, CanonicalUnit unit, long? sourceRow = null) =>
        Accept(date, quantity, unit, sourceRow, "purchase")
        && Append(ref purchases, ref purchaseCount, date, quantity!.Value);

    /// <summary>Adds a purchase in any unit the normaliser knows ("2 kg", "1 dozen"); <paramref name="piecesPerPack"/>
    /// applies to "pack" only.</summary>
    public bool AddPurchase(
        DateOnly date, double? quantity, string? unit, long? sourceRow = null, double piecesPerPack = 1)
    {
        if (quantity is not { } q)
        {
            return Reject(sourceRow, "purchase has no quantity");
        }

        var conversion = UnitNormalizer.Normalize(q, unit, piecesPerPack);
        return conversion.Success
            ? AddPurchase(date, conversion.Value, conversion.Unit, sourceRow)
            : Reject(sourceRow, $"purchase unit {conversion.Error}");
    }

    /// <summary>Adds a consume, cook or discard event (canonical unit).</summary>
    public bool AddUsage(DateOnly date, double? quantity, CanonicalUnit unit, UsageKind kind, long? sourceRow = null)
    {
        var what = kind.ToString().ToLowerInvariant() + " event";
        if (!Accept(date, quantity, unit, sourceRow, what))
        {
            return false;
        }

        return kind == UsageKind.Discarded
            ? Append(ref discards, ref discardCount, date, quantity!.Value)
            : Append(ref usage, ref usageCount, date, quantity!.Value);
    }

    /// <summary>The distinct purchase days on or before <paramref name="asOf"/>, sorted.</summary>
    public IEnumerable<int> PurchaseDays(DateOnly asOf) =>
        Purchases.ToArray().Select(DayOf).Where(d => d <= asOf.DayNumber).Distinct().Order();

    internal ReadOnlySpan<long> Purchases => purchases is null ? [] : purchases.AsSpan(0, purchaseCount);

    internal ReadOnlySpan<long> Usage => usage is null ? [] : usage.AsSpan(0, usageCount);

    internal ReadOnlySpan<long> Discards => discards is null ? [] : discards.AsSpan(0, discardCount);

    internal static long Pack(int day, double quantity) =>
        ((long)day << 32) | (uint)BitConverter.SingleToInt32Bits((float)quantity);

    internal static int DayOf(long packed) => (int)(packed >> 32);

    internal static double QuantityOf(long packed) => BitConverter.Int32BitsToSingle((int)(uint)(packed & 0xFFFF_FFFF));

    private bool Accept(DateOnly date, double? quantity, CanonicalUnit unit, long? sourceRow, string what)
    {
        if (quantity is not { } q || double.IsNaN(q) || double.IsInfinity(q))
        {
            return Reject(sourceRow, $"{what} on {Iso(date)} has no usable quantity");
        }

        if (q < 0)
        {
            return Reject(sourceRow, $"{what} on {Iso(date)} has a negative quantity ({Number(q)})");
        }

        if (q > float.MaxValue)
        {
            return Reject(sourceRow, $"{what} on {Iso(date)} has an absurd quantity ({Number(q)})");
        }

        if (Unit is { } known && known != unit)
        {
            var mismatch = $"is in {unit.Symbol()}, which cannot be converted to {known.Symbol()}";
            return Reject(sourceRow, $"{what} on {Iso(date)} {mismatch}");
        }

        Unit = unit;
        return true;
    }

    private bool Reject(long? sourceRow, string reason)
    {
        var where = sourceRow is { } row ? $"row {row.ToString(CultureInfo.InvariantCulture)}: " : "";
        (rejections ??= []).Add(new(sourceRow, where + reason));
        return false;
    }

    private static bool Append(ref long[]? entries, ref int count, DateOnly date, double quantity)
    {
        entries ??= new long[4];
        if (count == entries.Length)
        {
            Array.Resize(ref entries, entries.Length * 2);
        }

        entries[count++] = Pack(date.DayNumber, quantity);
        return true;
    }

    internal static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(double q) => q.ToString("0.###", CultureInfo.InvariantCulture);
}
