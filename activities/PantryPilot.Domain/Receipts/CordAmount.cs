using System.Globalization;

namespace PantryPilot.Domain.Receipts;

/// <summary>Amounts as CORD receipts print them: "16,500" and "16.500" (thousands, rupiah style), "3.50" and "1,5"
/// (decimals), "Rp 16.500", "-2,000", "1,234,567.89". A single separator followed by exactly three digits is a
/// thousands separator unless the integer part is 0; with both separators the last one is the decimal point.</summary>
public static class CordAmount
{
    public static bool TryParse(string? text, out double value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        Span<char> kept = stackalloc char[Math.Min(text.Length, 64)];
        var n = 0;
        var negative = false;
        foreach (var ch in text)
        {
            if (char.IsAsciiDigit(ch) || ch is ',' or '.')
            {
                if (n == kept.Length)
                {
                    return false;
                }

                kept[n++] = ch;
            }
            else if (ch == '-' || ch == '(')
            {
                negative |= n == 0;
            }
            else if (!(
                char.IsWhiteSpace(ch)
                    || char.IsLetter(ch)
                    || ch is '@' or 'x' or '$' or '€' or '£' or '¥' or ')' or ':'))
            {
                return false; // anything else (e.g. '#', '/') is not part of an amount
            }
        }

        var digits = kept[..n];
        if (!digits.ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        var normalised = Normalise(digits);
        if (normalised is null
            || !double.TryParse(normalised, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        value = negative ? -value : value;
        return true;
    }

    private static string? Normalise(ReadOnlySpan<char> s)
    {
        var lastComma = s.LastIndexOf(',');
        var lastDot = s.LastIndexOf('.');
        if (lastComma < 0 && lastDot < 0)
        {
            return s.ToString();
        }

        if (lastComma >= 0 && lastDot >= 0)
        {
            var decimalSep = lastComma > lastDot ? ',' : '.';
            var thousandsSep = decimalSep == ',' ? '.' : ',';
            if (s.Count(decimalSep) > 1)
            {
                return null;
            }

            return s.ToString()
                .Replace(thousandsSep.ToString(), string.Empty, StringComparison.Ordinal)
                .Replace(',', '.');
        }

        var sep = lastComma >= 0 ? ',' : '.';
        var last = lastComma >= 0 ? lastComma : lastDot;
        var after = s.Length - last - 1;
        var integerPart = s[..s.IndexOf(sep)];
        var thousands = s.Count(sep) > 1 || (after == 3 && integerPart.Length > 0 && !integerPart.SequenceEqual("0"));
        return thousands
            ? s.ToString().Replace(sep.ToString(), string.Empty, StringComparison.Ordinal)
            : s.ToString().Replace(',', '.');
    }
}
