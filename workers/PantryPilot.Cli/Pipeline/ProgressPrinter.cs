using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Contracts.RecipeModel;
using Spectre.Console;

namespace PantryPilot.Cli.Pipeline;

/// <summary>The one progress printer of every flow (the data pipeline, the recipe model): a line whenever a stage
/// starts, ends or fails (and, for a stage that reports it, whenever its detail changes), readable in a terminal and
/// in CI logs alike.</summary>
public sealed class ProgressPrinter(IAnsiConsole? console = null)
{
    private readonly IAnsiConsole console = console ?? AnsiConsole.Console;
    private readonly Dictionary<string, string> printed = [];
    private readonly DateTime started = DateTime.UtcNow;

    private enum Kind
    {
        Other,
        Running,
        Completed,
        Failed,
    }

    public void Print(PipelineProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        Print(progress.CompletedCount, progress.Stages.Count, progress.Stages.Select(s => new Line(
            s.Stage,
            s.State switch
            {
                StageState.Running => Kind.Running,
                StageState.Completed => Kind.Completed,
                StageState.Failed => Kind.Failed,
                _ => Kind.Other,
            },
            s.State.ToString(),
            "...",
            $"{s.RowsIn:N0} in, {s.RowsOut:N0} out, {s.RowsQuarantined:N0} quarantined {s.Detail}",
            string.Empty)));
    }

    /// <summary>Recipe-model stages report their detail while they run (each generate wave), so a new detail
    /// prints.</summary>
    public void Print(RecipeModelProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        Print(progress.CompletedCount, progress.Stages.Count, progress.Stages.Select(s => new Line(
            s.Stage,
            s.State switch
            {
                RecipeStageState.Running => Kind.Running,
                RecipeStageState.Completed => Kind.Completed,
                RecipeStageState.Failed => Kind.Failed,
                _ => Kind.Other,
            },
            $"{s.State}|{s.Detail}",
            s.Detail ?? "...",
            $"{s.In:N0} in, {s.Out:N0} out, {s.Removed:N0} removed; {s.Detail}",
            s.Detail is null ? string.Empty : $" {s.Detail}")));
    }

    private void Print(int completed, int total, IEnumerable<Line> stages)
    {
        lock (printed)
        {
            foreach (var stage in stages)
            {
                if (printed.TryGetValue(stage.Stage, out var last) && last == stage.Key)
                {
                    continue;
                }

                printed[stage.Stage] = stage.Key;
                var elapsed = (DateTime.UtcNow - started).TotalSeconds;
                var step = $"[{completed}/{total}]";
                switch (stage.Kind)
                {
                    case Kind.Running:
                        console.MarkupLineInterpolated(
                            $"{step} [blue]{stage.Stage}[/] {stage.Running} ({elapsed:F1}s)");
                        break;
                    case Kind.Completed:
                        console.MarkupLineInterpolated(
                            $"{step} [green]{stage.Stage} done[/]: {stage.Done} ({elapsed:F1}s)");
                        break;
                    case Kind.Failed:
                        console.MarkupLineInterpolated(
                            $"{step} [red]{stage.Stage} failed[/]{stage.Failed} ({elapsed:F1}s)");
                        break;
                    case Kind.Other:
                    default:
                        break;
                }
            }
        }
    }

    /// <param name="Key">What must change for the stage to print again.</param>
    private sealed record Line(string Stage, Kind Kind, string Key, string Running, string Done, string Failed);
}
