using System.CommandLine;
using PantryPilot.Contracts.DataPipeline;

namespace PantryPilot.Cli.Options;

/// <summary>The one way a command reads a day (`--as-of`, `--for`): <see cref="PipelineDates"/>'s strict yyyy-MM-dd,
/// invariant culture, and the same message for every option that is not one.</summary>
public static class DateOptions
{
    /// <summary>The day given, or null when the option was not; throws <see cref="ArgumentException"/> when the text is
    /// not a real yyyy-MM-dd day.</summary>
    public static DateOnly? Read(ParseResult parse, Option<string?> option)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(option);
        return parse.GetValue(option) is not { } text ? null : Parse(text, option.Name);
    }

    /// <summary>Parses <paramref name="text"/> given for <paramref name="optionName"/>.</summary>
    public static DateOnly Parse(string text, string optionName) =>
        PipelineDates.TryParse(text, out var day)
            ? day
            : throw new ArgumentException($"{optionName} '{text}' is not a date in yyyy-MM-dd form");
}
