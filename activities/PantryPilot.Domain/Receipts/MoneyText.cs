namespace PantryPilot.Domain.Receipts;

/// <summary>One amount as printed, read: its value (<see cref="CordAmount"/>), the currency mark printed with it, and
/// whether it is grouped in thousands without decimals ("16,500", "16.500": how rupiah are printed).</summary>
/// <param name="Mark">The currency code of the mark ("USD" for "$"), a mark we do not support as printed ("€"), or
/// null when none was printed.</param>
public sealed record MoneyText(double Value, string? Mark, bool Supported, bool ThousandsGrouped, bool HasCents)
{
    private static readonly (string Mark, string? Code)[] Marks =
    [
        ("US$", "USD"), ("USD", "USD"), ("IDR", "IDR"), ("Rp", "IDR"),
        ("S$", null), ("A$", null), ("C$", null), ("HK$", null), ("NT$", null), ("R$", null), ("RM", null),
        ("EUR", null), ("GBP", null), ("JPY", null), ("SGD", null), ("MYR", null), ("AUD", null), ("CAD", null),
        ("€", null), ("£", null), ("¥", null), ("₩", null), ("฿", null), ("₱", null), ("₹", null), ("₫", null),
        ("$", "USD"),
    ];

    /// <summary>Reads <paramref name="text"/>; null when it is no amount at all.</summary>
    public static MoneyText? Read(string? text)
    {
        if (text is null || !CordAmount.TryParse(text, out var value))
        {
            return null;
        }

        string? mark = null;
        var supported = true;
        foreach (var (printed, code) in Marks)
        {
            if (text.Contains(printed, StringComparison.OrdinalIgnoreCase))
            {
                mark = code ?? printed;
                supported = code is not null;
                break;
            }
        }

        var digits = text.Where(c => char.IsAsciiDigit(c) || c is ',' or '.').ToArray();
        var last = Array.FindLastIndex(digits, c => c is ',' or '.');
        var grouped = last >= 0 && digits.Length - last - 1 == 3 && Math.Abs(value - Math.Round(value)) < 1e-9
            && Math.Abs(value) >= 1000;
        var cents = Math.Abs(value - Math.Round(value)) > 1e-9;
        return new MoneyText(value, mark, supported, grouped, cents);
    }
}
