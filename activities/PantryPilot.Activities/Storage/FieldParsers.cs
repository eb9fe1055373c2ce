using System.Globalization;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Storage;

/// <summary>Text to typed values for files in the original layouts. Lenient about common spellings
/// (yyyy/MM/dd, yes/no, ISO timestamps with or without offset), strict about anything else: a value that does not
/// parse is reported, never guessed. Empty means missing (null) for every kind.</summary>
internal static class FieldParsers
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "yyyy-M-d", "yyyy/M/d"];

    private static readonly string[] TimestampFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mmK",
        "yyyy/MM/dd HH:mm:ss.FFFFFFFK",
        "yyyy/MM/dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd",
        "yyyy/MM/dd",
    ];

    /// <summary>Parses <paramref name="raw"/> into <paramref name="column"/>[<paramref name="row"/>] (null when empty
    /// or invalid). Returns null on success, else what is wrong with the value.</summary>
    public static string? ParseInto(Array column, int row, ColumnKind kind, ReadOnlySpan<char> raw)
    {
        if (kind == ColumnKind.Text)
        {
            ((string?[])column)[row] = raw.IsEmpty ? null : raw.ToString();
            return null;
        }

        var value = raw.Trim();
        switch (kind)
        {
            case ColumnKind.Number:
                var numbers = (double?[])column;
                numbers[row] = null;
                if (value.IsEmpty)
                {
                    return null;
                }

                if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                    && double.IsFinite(d))
                {
                    numbers[row] = d;
                    return null;
                }

                return $"{Quote(value)} is not a number";
            case ColumnKind.Integer:
                var integers = (long?[])column;
                integers[row] = null;
                if (value.IsEmpty)
                {
                    return null;
                }

                if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l))
                {
                    integers[row] = l;
                    return null;
                }

                return $"{Quote(value)} is not a whole number";
            case ColumnKind.Boolean:
                var flags = (bool?[])column;
                flags[row] = null;
                if (value.IsEmpty)
                {
                    return null;
                }

                if (TryBoolean(value, out var b))
                {
                    flags[row] = b;
                    return null;
                }

                return $"{Quote(value)} is not a boolean (True/False, yes/no, y/n, 1/0, t/f, any case)";
            case ColumnKind.Date:
                var dates = (DateOnly?[])column;
                dates[row] = null;
                if (value.IsEmpty)
                {
                    return null;
                }

                if (TryDate(value, out var date))
                {
                    dates[row] = date;
                    return null;
                }

                return $"{Quote(value)} is not a date (expected yyyy-MM-dd)";
            case ColumnKind.Timestamp:
                var times = (DateTime?[])column;
                times[row] = null;
                if (value.IsEmpty)
                {
                    return null;
                }

                if (TryTimestamp(value, out var time))
                {
                    times[row] = time;
                    return null;
                }

                return $"{Quote(value)} is not a timestamp (expected ISO 8601, e.g. 2024-05-01T08:30:00Z)";
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    public static bool TryBoolean(ReadOnlySpan<char> value, out bool result)
    {
        if (value is "1"
            || value.Equals("true", StringComparison.OrdinalIgnoreCase)
            || value.Equals("yes", StringComparison.OrdinalIgnoreCase)
            || value.Equals("t", StringComparison.OrdinalIgnoreCase)
            || value.Equals("y", StringComparison.OrdinalIgnoreCase))
        {
            result = true;
            return true;
        }

        result = false;
        return value is "0"
            || value.Equals("false", StringComparison.OrdinalIgnoreCase)
            || value.Equals("no", StringComparison.OrdinalIgnoreCase)
            || value.Equals("f", StringComparison.OrdinalIgnoreCase)
            || value.Equals("n", StringComparison.OrdinalIgnoreCase);
    }

    public static bool TryDate(ReadOnlySpan<char> value, out DateOnly result)
    {
        if (DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out result))
        {
            return true;
        }

        // A timestamp where a date is expected (2024-05-01T00:00:00): keep its calendar date.
        if (value.Length > 10 && (value[10] == 'T' || value[10] == ' ') && TryTimestamp(value, out var time))
        {
            result = DateOnly.FromDateTime(time);
            return true;
        }

        return false;
    }

    /// <summary>UTC; values without an offset are taken as UTC (the original system wrote naive UTC
    /// timestamps).</summary>
    public static bool TryTimestamp(ReadOnlySpan<char> value, out DateTime result)
        => DateTime.TryParseExact(
            value,
            TimestampFormats,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal,
            out result);

    /// <summary>A value as reason text shows it: quoted, shortened when long.</summary>
    public static string Quote(ReadOnlySpan<char> value) => value.Length <= 60 ? $"'{value}'" : $"'{value[..57]}...'";
}
