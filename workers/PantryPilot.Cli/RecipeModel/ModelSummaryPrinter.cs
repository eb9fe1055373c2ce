using System.Runtime.CompilerServices;
using PantryPilot.Contracts.RecipeModel;
using Spectre.Console;

namespace PantryPilot.Cli.RecipeModel;

/// <summary>The end-of-run summary of the recipe-model flow's part 1: per tag, and what generate, filter and split did.
/// (Progress while it runs: <see cref="Pipeline.ProgressPrinter"/>.)</summary>
public static class ModelSummaryPrinter
{
    public static void PrintSummary(RecipeModelOutput output)
    {
        var table = new Table().AddColumns("tag", "modelled", "samples", "kept", "removed", "kept %");
        foreach (var t in output.Filter.ByTag)
        {
            table.AddRow(
                t.Tag,
                t.Supported ? "yes" : "no",
                $"{t.Samples:N0}",
                $"{t.Kept:N0}",
                $"{t.Removed:N0}",
                t.Samples == 0 ? "-" : $"{100.0 * t.Kept / t.Samples:F1}");
        }

        AnsiConsole.Write(table);
        var reasons = string.Join(
            ", ",
            output.Filter.RemovedByReason.OrderByDescending(r => r.Value).Select(r => $"{r.Key} {r.Value:N0}"));
        var rejected = output.TeacherRejected.Count == 0
            ? "none"
            : string.Join(", ", output.TeacherRejected.Select(r => $"{r.Key} {r.Value}"));
        AnsiConsole.MarkupLineInterpolated(FormattableStringFactory.Create(
            "Generated [bold]{0:N0}[/] of {1:N0} (teacher answers rejected: {2}; {3} batches already written)",
            output.Generated,
            output.Requested,
            rejected,
            output.BatchesSkipped));
        var filter = output.Filter;
        var keptPercent = filter.SamplesIn == 0 ? 0 : 100.0 * filter.Kept / filter.SamplesIn;
        AnsiConsole.MarkupLineInterpolated(FormattableStringFactory.Create(
            "Filter: [bold]{0:N0} kept[/] of {1:N0} ({2:F1}%), removed by reason: {3}",
            filter.Kept,
            filter.SamplesIn,
            keptPercent,
            reasons));
        AnsiConsole.MarkupLineInterpolated(FormattableStringFactory.Create(
            "Split: [bold]{0:N0} train / {1:N0} valid / {2:N0} test[/] in {3}",
            output.Split.Train,
            output.Split.Valid,
            output.Split.Test,
            output.Split.Folder));
        AnsiConsole.MarkupLineInterpolated(
            $"Snapshots: generated {output.GeneratedSnapshotId}, dataset [bold]{output.DatasetSnapshotId}[/]");
        AnsiConsole.MarkupLineInterpolated(
            $"Open {output.Filter.ReportHtmlPath} (kept/removed per tag and reason), {output.Filter.StatsCsvPath}");
    }
}
