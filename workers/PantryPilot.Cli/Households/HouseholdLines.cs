using System.Globalization;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Contracts.Households;

namespace PantryPilot.Cli.Households;

/// <summary>Reads the command line's short forms: <c>--line "rice:1:kg[:price[:yyyy-MM-dd]]"</c> and household ids
/// (a bare number N names the generator's household U00000N, as `pipeline run` creates them).</summary>
public static class HouseholdLines
{
    public static string HouseholdId(string argument, out string? note)
    {
        ArgumentNullException.ThrowIfNull(argument);
        note = null;
        var trimmed = argument.Trim();
        if (trimmed.Length is > 0 and <= 6 && trimmed.All(char.IsAsciiDigit))
        {
            var id = $"U{int.Parse(trimmed, CultureInfo.InvariantCulture):D6}";
            note = $"household {trimmed} is {id} (a bare number names the generator's household U000001, U000002, ...)";
            return id;
        }

        return trimmed;
    }

    public static StockLine Stock(string text, string option)
    {
        var parts = Split(text, option, 3, 3);
        return new StockLine(parts[0], Quantity(parts[1], text, option), parts[2]);
    }

    public static PurchaseLine Purchase(string text, string option)
    {
        var parts = Split(text, option, 3, 5);
        double? price = parts.Length > 3 && parts[3].Length > 0 ? Quantity(parts[3], text, option) : null;
        DateOnly? expires = null;
        if (parts.Length > 4 && parts[4].Length > 0)
        {
            expires = PipelineDates.TryParse(parts[4], out var day)
                ? day
                : throw new FormatException($"{option} '{text}': expiry '{parts[4]}' is not a date in yyyy-MM-dd form");
        }

        return new PurchaseLine(parts[0], Quantity(parts[1], text, option), parts[2], price, expires);
    }

    private static string[] Split(string text, string option, int least, int most)
    {
        var parts = text.Split(':').Select(p => p.Trim()).ToArray();
        return parts.Length >= least && parts.Length <= most
            ? parts
            : throw new FormatException(
                $"{option} '{text}': expected NAME:QUANTITY:UNIT{(most > 3 ? "[:PRICE[:YYYY-MM-DD]]" : string.Empty)}");
    }

    private static double Quantity(string value, string text, string option) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new FormatException($"{option} '{text}': '{value}' is not a number");
}
