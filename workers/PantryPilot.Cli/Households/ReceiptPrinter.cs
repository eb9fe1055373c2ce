using System.Globalization;
using Spectre.Console;

namespace PantryPilot.Cli.Households;

/// <summary>How `household receipt` shows its report: the receipt's outcome, then every line with its file, line
/// number and field, the name as printed, and what became of it.</summary>
public static class ReceiptPrinter
{
    public static void Print(ReceiptReport report, string keptAt)
    {
        ArgumentNullException.ThrowIfNull(report);
        var colour = report.Outcome == "SetAside" ? "red" : "green";
        AnsiConsole.MarkupLineInterpolated($"[{colour}]{report.File}: {report.Outcome}[/]: {report.Reason}");
        foreach (var line in report.Lines)
        {
            var where = $"{report.File} line {line.Number} ({line.Field})";
            if (line.Applied)
            {
                AnsiConsole.MarkupLineInterpolated(
                    $"  {where} '{line.Printed}' -> {line.Item} {Number(line.Quantity)} {line.Unit}: {line.Reason}");
            }
            else
            {
                AnsiConsole.MarkupLineInterpolated(
                    $"  [yellow]{where} '{line.Printed}' kept, not applied[/]: {line.Outcome}: {line.Reason}");
            }
        }

        if (report.Recorded is { } recorded)
        {
            AnsiConsole.MarkupLineInterpolated(
                $"recorded as {recorded.RequestId}: {recorded.Changes.Count} lot change(s) on {report.HouseholdId}");
        }

        if (report.Note is { } note)
        {
            AnsiConsole.MarkupLineInterpolated($"[grey]{note}[/]");
        }

        AnsiConsole.MarkupLineInterpolated($"[grey]report kept in {keptAt}[/]");
    }

    private static string Number(double? value) => value?.ToString("0.###", CultureInfo.InvariantCulture) ?? "?";
}
