using System.Globalization;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Tests.Support;

/// <summary>The tests' own reading of a typed value: the file's text, parsed by the formats the brief names, apart from
/// the pipeline's parsers.</summary>
public static class TypedValueOracle
{
    public static bool SameValue(ColumnKind kind, string text, object? value)
    {
        if (text.Length == 0)
        {
            return value is null;
        }

        return kind switch
        {
            ColumnKind.Text => (string?)value == text,
            ColumnKind.Number => value is double d && d == double.Parse(text, CultureInfo.InvariantCulture),
            ColumnKind.Boolean => value is bool b && b == text switch { "True" => true, "False" => false, _ => throw new InvalidDataException(text) },
            ColumnKind.Date => value is DateOnly date && date == DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            ColumnKind.Timestamp => value is DateTime t && t == DateTime.ParseExact(text, ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
            _ => false,
        };
    }
}
