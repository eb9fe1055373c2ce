using System.Globalization;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Reports;

/// <summary>Profile statistics of one column, accumulated batch by batch in bounded memory:
/// exact count, nulls, min, max, mean; distinct count estimated with k-minimum-values (exact below 1,024 distinct);
/// p50 from a reservoir sample (exact below 8,192 values); top text values exact while fewer than 50,000 distinct.</summary>
public sealed class ColumnProfile
{
    private const int TopCap = 50_000;
    private readonly DistinctEstimator _distinct = new();
    private readonly ReservoirSample _sample = new(8192, seed: 17);
    private readonly Dictionary<string, long> _top = new(StringComparer.Ordinal);
    private double _sum;

    public ColumnProfile(string table, ColumnSpec column)
    {
        Table = table;
        Column = column;
    }

    public string Table { get; }

    public ColumnSpec Column { get; }

    public long Count { get; private set; }

    public long Nulls { get; private set; }

    public double? Min { get; private set; }

    public double? Max { get; private set; }

    public bool TopApproximate { get; private set; }

    public double NullPercent => Count == 0 ? 0 : 100.0 * Nulls / Count;

    public double? Mean => Count - Nulls > 0 && IsOrdered ? _sum / (Count - Nulls) : null;

    public double? Median => IsOrdered ? _sample.Median() : null;

    public long DistinctEstimate => _distinct.Estimate();

    public bool IsOrdered => Column.Kind is ColumnKind.Number or ColumnKind.Integer or ColumnKind.Date or ColumnKind.Timestamp;

    public void Observe(Array values, int rowCount)
    {
        for (var r = 0; r < rowCount; r++)
        {
            Count++;
            if (IsOrdered)
            {
                // Ordered columns are profiled on their numeric value: formatting millions of numbers and dates to
                // text only to hash them was most of this report's time.
                if (Ordinal(values, r) is not { } v || double.IsNaN(v))
                {
                    Nulls++;
                    continue;
                }

                _distinct.Add(BitConverter.DoubleToUInt64Bits(v));
                _sum += v;
                Min = Min is { } min && min <= v ? min : v;
                Max = Max is { } max && max >= v ? max : v;
                _sample.Add(v);
                continue;
            }

            var text = Format(values, r);
            if (text is null)
            {
                Nulls++;
                continue;
            }

            _distinct.Add(Expectations.ColumnHashing.Hash64(text));
            if (_top.TryGetValue(text, out var n))
            {
                _top[text] = n + 1;
            }
            else if (_top.Count < TopCap)
            {
                _top[text] = 1;
            }
            else
            {
                TopApproximate = true;
            }
        }
    }

    public IReadOnlyList<(string Value, long Count)> TopValues(int n) =>
        _top.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(n).Select(kv => (kv.Key, kv.Value)).ToArray();

    /// <summary>A number in the column's own terms: dates as yyyy-MM-dd, timestamps ISO, numbers invariant.</summary>
    public string? Render(double? value) => value is not { } v ? null : Column.Kind switch
    {
        ColumnKind.Date => DateOnly.FromDayNumber((int)Math.Floor(v)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ColumnKind.Timestamp => new DateTime((long)(v * TimeSpan.TicksPerSecond), DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        _ => v.ToString("0.####", CultureInfo.InvariantCulture),
    };

    private static string? Format(Array values, int r) => values switch
    {
        string?[] s => s[r],
        double?[] d => d[r]?.ToString("R", CultureInfo.InvariantCulture),
        long?[] l => l[r]?.ToString(CultureInfo.InvariantCulture),
        bool?[] b => b[r] is { } v ? (v ? "true" : "false") : null,
        DateOnly?[] d => d[r]?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime?[] t => t[r]?.ToString("O", CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>Dates as day numbers, timestamps as seconds since 0001-01-01 (see <see cref="Render"/>).</summary>
    private static double? Ordinal(Array values, int r) => values switch
    {
        double?[] d => d[r],
        long?[] l => l[r],
        DateOnly?[] d => d[r]?.DayNumber,
        DateTime?[] t => t[r] is { } v ? (double)v.Ticks / TimeSpan.TicksPerSecond : null,
        _ => null,
    };
}
