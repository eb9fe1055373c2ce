using PantryPilot.Contracts.RecipeModel;
using Spectre.Console;

namespace PantryPilot.Cli.RecipeModel;

/// <summary>Prints a line when a stage starts or ends, and per generate wave: readable in a terminal and in CI logs.</summary>
public sealed class ModelProgressPrinter
{
    private readonly Dictionary<string, (RecipeStageState State, string? Detail)> seen = [];
    private readonly DateTime started = DateTime.UtcNow;

    public void Print(RecipeModelProgress progress)
    {
        lock (seen)
        {
            foreach (var stage in progress.Stages)
            {
                if (seen.TryGetValue(stage.Stage, out var last) && last == (stage.State, stage.Detail))
                {
                    continue;
                }

                seen[stage.Stage] = (stage.State, stage.Detail);
                var elapsed = (DateTime.UtcNow - started).TotalSeconds;
                var step = $"[{progress.CompletedCount}/{progress.Stages.Count}]";
                switch (stage.State)
                {
                    case RecipeStageState.Running:
                        AnsiConsole.MarkupLineInterpolated($"{step} [blue]{stage.Stage}[/] {stage.Detail ?? "..."} ({elapsed:F1}s)");
                        break;
                    case RecipeStageState.Completed:
                        AnsiConsole.MarkupLineInterpolated($"{step} [green]{stage.Stage} done[/]: {stage.In:N0} in, {stage.Out:N0} out, {stage.Removed:N0} removed; {stage.Detail} ({elapsed:F1}s)");
                        break;
                    case RecipeStageState.Failed:
                        AnsiConsole.MarkupLineInterpolated($"{step} [red]{stage.Stage} failed[/] {stage.Detail} ({elapsed:F1}s)");
                        break;
                    default:
                        break;
                }
            }
        }
    }

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
