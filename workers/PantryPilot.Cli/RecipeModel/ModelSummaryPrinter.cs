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
            table.AddRow(t.Tag, t.Supported ? "yes" : "no", $"{t.Samples:N0}", $"{t.Kept:N0}", $"{t.Removed:N0}", t.Samples == 0 ? "-" : $"{100.0 * t.Kept / t.Samples:F1}");
        }

        AnsiConsole.Write(table);
        var reasons = string.Join(", ", output.Filter.RemovedByReason.OrderByDescending(r => r.Value).Select(r => $"{r.Key} {r.Value:N0}"));
        var rejected = output.TeacherRejected.Count == 0 ? "none" : string.Join(", ", output.TeacherRejected.Select(r => $"{r.Key} {r.Value}"));
        AnsiConsole.MarkupLineInterpolated($"Generated [bold]{output.Generated:N0}[/] of {output.Requested:N0} (teacher answers rejected: {rejected}; {output.BatchesSkipped} batches already written)");
        AnsiConsole.MarkupLineInterpolated($"Filter: [bold]{output.Filter.Kept:N0} kept[/] of {output.Filter.SamplesIn:N0} ({(output.Filter.SamplesIn == 0 ? 0 : 100.0 * output.Filter.Kept / output.Filter.SamplesIn):F1}%), removed by reason: {reasons}");
        AnsiConsole.MarkupLineInterpolated($"Split: [bold]{output.Split.Train:N0} train / {output.Split.Valid:N0} valid / {output.Split.Test:N0} test[/] in {output.Split.Folder}");
        AnsiConsole.MarkupLineInterpolated($"Snapshots: generated {output.GeneratedSnapshotId}, dataset [bold]{output.DatasetSnapshotId}[/]");
        AnsiConsole.MarkupLineInterpolated($"Open {output.Filter.ReportHtmlPath} (kept/removed per tag and reason), {output.Filter.StatsCsvPath}");
    }
}
