using System.Globalization;

namespace PantryPilot.Contracts.DataPipeline;

/// <summary>The one spelling of a pipeline day (yyyy-MM-dd) in ids, signals and reports.</summary>
public static class PipelineDates
{
    public const string Format = "yyyy-MM-dd";

    public static string ToText(DateOnly day) => day.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Strict: exactly yyyy-MM-dd, a real calendar day ("2026-3-1" and "2026-02-30" are refused).</summary>
    public static bool TryParse(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
