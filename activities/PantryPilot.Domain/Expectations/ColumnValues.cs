using System.Globalization;

namespace PantryPilot.Domain.Expectations;

/// <summary>Typed access to a column array without boxing on the hot path, plus GE's notion of "missing"
/// (null, and NaN for numbers).</summary>
internal static class ColumnValues
{
    private static readonly DateTime Epoch = new(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static bool IsMissing(Array column, int row) => column switch
    {
        string?[] s => s[row] is null,
        double?[] d => d[row] is not { } v || double.IsNaN(v),
        long?[] l => !l[row].HasValue,
        bool?[] b => !b[row].HasValue,
        DateOnly?[] d => !d[row].HasValue,
        DateTime?[] t => !t[row].HasValue,
        _ => throw new InvalidOperationException($"unsupported column array {column.GetType()}"),
    };

    /// <summary>The value as text, invariant culture (samples, reasons, set membership, regex, hashing).</summary>
    public static string? Format(Array column, int row) => column switch
    {
        string?[] s => s[row],
        double?[] d => d[row]?.ToString("R", CultureInfo.InvariantCulture),
        long?[] l => l[row]?.ToString(CultureInfo.InvariantCulture),
        bool?[] b => b[row] is { } v ? (v ? "true" : "false") : null,
        DateOnly?[] d => d[row]?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime?[] t => t[row]?.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFZ", CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"unsupported column array {column.GetType()}"),
    };

    /// <summary>The value on one ordered number line: numbers as they are, dates and timestamps as seconds since
    /// 1970-01-01 UTC; text is parsed as a number, else as a date. Null when missing or unparseable.</summary>
    public static double? Ordinal(Array column, int row) => column switch
    {
        double?[] d => d[row],
        long?[] l => l[row],
        DateOnly?[] d => d[row] is { } v ? Seconds(v.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)) : null,
        DateTime?[] t => t[row] is { } v ? Seconds(v) : null,
        string?[] s => ParseOrdinal(s[row]),
        _ => null,
    };

    public static double? ParseOrdinal(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        return DateTime.TryParse(
            text,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal,
            out var dt)
            ? Seconds(dt)
            : null;
    }

    /// <summary>Set members compare as text, except numbers, which compare by value (5 == 5.0).</summary>
    public static string? Canonical(string? text) =>
        text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
            ? n.ToString("R", CultureInfo.InvariantCulture)
            : text;

    private static double Seconds(DateTime value)
        => (DateTime.SpecifyKind(value, DateTimeKind.Utc) - Epoch).TotalSeconds;

    /// <summary>64-bit FNV-1a over the UTF-16 code units: compact keys for uniqueness (8 bytes per value).</summary>
    public static ulong Hash64(string text) => Hash64(FnvOffset, text);

    public const ulong FnvOffset = 14695981039346656037UL;

    /// <summary>Continues a hash over more text: hashing parts one after another equals hashing their concatenation,
    /// so a compound key needs no concatenated string.</summary>
    public static ulong Hash64(ulong h, ReadOnlySpan<char> text)
    {
        foreach (var ch in text)
        {
            h = (h ^ (byte)ch) * 1099511628211UL;
            h = (h ^ (byte)(ch >> 8)) * 1099511628211UL;
        }

        return h;
    }
}
