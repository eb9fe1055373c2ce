using System.Globalization;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Reports;

/// <summary>Profile statistics of one column, accumulated batch by batch in bounded memory:
/// exact count, nulls, min, max, mean; distinct count estimated with k-minimum-values (exact below 1,024 distinct);
/// p50 from a reservoir sample (exact below 8,192 values); top text values exact while fewer than 50,000
/// distinct.</summary>
public sealed class ColumnProfile
{
    private const int TopCap = 50_000;
    private readonly DistinctEstimator distinct = new();
    private readonly ReservoirSample sample = new(8192, seed: 17);
    private readonly Dictionary<string, long> top = new(StringComparer.Ordinal);
    private readonly HashSet<ulong> recentNumbers = [];
    private double sum;
    private double min;
    private double max;
    private long ordinalSeen;

    public ColumnProfile(string table, ColumnSpec column)
    {
        Table = table;
        Column = column;
    }

    public string Table { get; }

    public ColumnSpec Column { get; }

    public long Count { get; private set; }

    public long Nulls { get; private set; }

    public double? Min => this.ordinalSeen > 0 ? this.min : null;

    public double? Max => this.ordinalSeen > 0 ? this.max : null;

    public bool TopApproximate { get; private set; }

    public double NullPercent => Count == 0 ? 0 : 100.0 * Nulls / Count;

    public double? Mean => Count - Nulls > 0 && IsOrdered ? this.sum / (Count - Nulls) : null;

    public double? Median => IsOrdered ? this.sample.Median() : null;

    public long DistinctEstimate => this.distinct.Estimate();

    public bool IsOrdered
        => Column.Kind is ColumnKind.Number or ColumnKind.Integer or ColumnKind.Date or ColumnKind.Timestamp;

    public void Observe(Array values, int rowCount)
    {
        Count += rowCount;
        switch (values)
        {
            // One tight loop per column type: this runs for every cell of every processed table.
            case double?[] d:
                for (var r = 0; r < rowCount; r++)
                {
                    ObserveOrdered(d[r]);
                }

                break;
            case long?[] l:
                for (var r = 0; r < rowCount; r++)
                {
                    ObserveOrdered(l[r]);
                }

                break;
            case DateOnly?[] dates:
                for (var r = 0; r < rowCount; r++)
                {
                    ObserveOrdered(dates[r]?.DayNumber);
                }

                break;
            case DateTime?[] t:
                for (var r = 0; r < rowCount; r++)
                {
                    ObserveOrdered(t[r] is { } v ? (double)v.Ticks / TimeSpan.TicksPerSecond : null);
                }

                break;
            case string?[] text:
                for (var r = 0; r < rowCount; r++)
                {
                    // Readers share one instance per value, so a run of the same value (rows grouped by household or
                    // transaction) is counted without a lookup.
                    var start = r;
                    while (r + 1 < rowCount && text[r + 1] is { } next && ReferenceEquals(next, text[start]))
                    {
                        r++;
                    }

                    ObserveText(text[start], r - start + 1);
                }

                break;
            case bool?[] b:
                for (var r = 0; r < rowCount; r++)
                {
                    ObserveText(b[r] is { } v ? (v ? "true" : "false") : null, 1);
                }

                break;
            default:
                Nulls += rowCount;
                break;
        }
    }

    /// <summary>Ordered columns are profiled on their numeric value (dates as day numbers, timestamps as seconds since
    /// 0001-01-01): formatting millions of numbers and dates to text only to hash them was most of this report's
    /// time.</summary>
    private void ObserveOrdered(double? value)
    {
        if (value is not { } v || double.IsNaN(v))
        {
            Nulls++;
            return;
        }

        // The estimator ignores repeats anyway; skipping values seen recently saves its sorted-set probe.
        var bits = BitConverter.DoubleToUInt64Bits(v);
        if (this.recentNumbers.Count < 4_096 ? this.recentNumbers.Add(bits) : !this.recentNumbers.Contains(bits))
        {
            this.distinct.Add(bits);
        }

        this.sum += v;
        if (this.ordinalSeen == 0 || v < this.min)
        {
            this.min = v;
        }

        if (this.ordinalSeen == 0 || v > this.max)
        {
            this.max = v;
        }

        this.ordinalSeen++;
        this.sample.Add(v);
    }

    private void ObserveText(string? text, int times)
    {
        if (text is null)
        {
            Nulls += times;
            return;
        }

        ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(this.top, text);
        if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref count))
        {
            count += times; // already counted as distinct when first seen
            return;
        }

        this.distinct.Add(Expectations.ColumnHashing.Hash64(text));
        if (this.top.Count < TopCap)
        {
            this.top[text] = times;
        }
        else
        {
            TopApproximate = true;
        }
    }

    public IReadOnlyList<(string Value, long Count)> TopValues(int n)
        => this.top.OrderByDescending(kv => kv.Value)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(n)
            .Select(kv => (kv.Key, kv.Value))
            .ToArray();

    /// <summary>A number in the column's own terms: dates as yyyy-MM-dd, timestamps ISO, numbers invariant.</summary>
    public string? Render(double? value) => value is not { } v ? null : Column.Kind switch
    {
        ColumnKind.Date
            => DateOnly.FromDayNumber((int)Math.Floor(v)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ColumnKind.Timestamp => new DateTime((long)(v * TimeSpan.TicksPerSecond), DateTimeKind.Utc)
            .ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        _ => v.ToString("0.####", CultureInfo.InvariantCulture),
    };
}
