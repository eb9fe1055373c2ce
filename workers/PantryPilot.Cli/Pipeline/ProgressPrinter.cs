using PantryPilot.Contracts.DataPipeline;
using Spectre.Console;

namespace PantryPilot.Cli.Pipeline;

/// <summary>Prints a line whenever a stage starts or ends: readable in a terminal and in CI logs alike.</summary>
public sealed class ProgressPrinter
{
    private readonly Dictionary<string, StageState> _seen = [];
    private readonly DateTime _started = DateTime.UtcNow;

    public void Print(PipelineProgress progress)
    {
        lock (_seen)
        {
            foreach (var stage in progress.Stages)
            {
                if (_seen.TryGetValue(stage.Stage, out var state) && state == stage.State)
                {
                    continue;
                }

                _seen[stage.Stage] = stage.State;
                var elapsed = (DateTime.UtcNow - _started).TotalSeconds;
                var step = $"[{progress.CompletedCount}/{progress.Stages.Count}]";
                switch (stage.State)
                {
                    case StageState.Running:
                        AnsiConsole.MarkupLineInterpolated($"{step} [blue]{stage.Stage}[/] ... ({elapsed:F1}s)");
                        break;
                    case StageState.Completed:
                        AnsiConsole.MarkupLineInterpolated($"{step} [green]{stage.Stage} done[/]: {stage.RowsIn:N0} in, {stage.RowsOut:N0} out, {stage.RowsQuarantined:N0} quarantined {stage.Detail} ({elapsed:F1}s)");
                        break;
                    case StageState.Failed:
                        AnsiConsole.MarkupLineInterpolated($"{step} [red]{stage.Stage} failed[/] ({elapsed:F1}s)");
                        break;
                    case StageState.Pending:
                    default:
                        break;
                }
            }
        }
    }
}
