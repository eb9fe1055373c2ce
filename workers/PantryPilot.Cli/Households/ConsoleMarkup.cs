using System.Runtime.CompilerServices;
using Spectre.Console;

namespace PantryPilot.Cli.Households;

/// <summary>A console markup line too long to read as one interpolated string: a composite format ("{0} of {1}")
/// and its values, escaped exactly as <see cref="AnsiConsole.MarkupLineInterpolated(FormattableString)"/> escapes an
/// interpolated string's values (the compiler builds that string with the same factory).</summary>
public static class ConsoleMarkup
{
    public static void Line(string format, params object?[] values)
        => AnsiConsole.MarkupLineInterpolated(FormattableStringFactory.Create(format, values));
}
