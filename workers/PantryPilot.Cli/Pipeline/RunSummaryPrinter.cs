using System.Runtime.CompilerServices;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Contracts.DataPipeline;
using Spectre.Console;

namespace PantryPilot.Cli.Pipeline;

/// <summary>The end-of-run summary: rows per stage and table, validation, alerts, snapshot.</summary>
public static class RunSummaryPrinter
{
    public static void Print(PipelineSummary summary) => Print(null, summary);

    /// <summary>With the run: output paths as published, and the input warnings of its raw manifests.</summary>
    public static void Print(PipelineRun? run, PipelineSummary summary)
    {
        var table = new Table().AddColumns("stage", "table", "rows in", "rows out", "quarantined", "conserved");
        foreach (var s in summary.Stages)
        {
            table.AddRow(
                s.Stage,
                DataTables.Name(s.Table),
                s.RowsIn.ToString("N0"),
                s.RowsOut.ToString("N0"),
                s.RowsQuarantined.ToString("N0"),
                s.Conserved ? "yes" : "[red]NO[/]");
        }

        AnsiConsole.Write(table);
        foreach (var v in summary.Validation)
        {
            var verdict = v.Success
                ? "[green]passed[/]"
                : $"[yellow]failed {v.FailedExpectations}/{v.Expectations}[/] (policy "
                    + $"{v.PolicyApplied.ToString().ToLowerInvariant()})";
            AnsiConsole.MarkupLine($"validation {Markup.Escape(v.SuiteName)}: {verdict}");
        }

        var a = summary.Alerts;
        AnsiConsole.MarkupLineInterpolated(FormattableStringFactory.Create(
            "alerts: {0} expired, {1} expiring, {2} low stock, {3} predicted stock-out, {4} expire before use",
            a.Expired,
            a.Expiring,
            a.LowStock,
            a.PredictedStockOut,
            a.ExpiresBeforeUse));
        AnsiConsole.MarkupLineInterpolated($"snapshot: {summary.SnapshotId ?? "(none)"}");
        foreach (var (name, path) in summary.Outputs)
        {
            AnsiConsole.MarkupLineInterpolated($"  {name}: {(run is null ? path : DataPaths.Published(run, path))}");
        }

        foreach (var warning in run is null
            ? []
            : RunWarnings.ReadAsync(new DataPaths(run.DataDir)).GetAwaiter().GetResult())
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]warning:[/] {warning}");
        }

        AnsiConsole.MarkupLine(
            summary.RowsConserved
                ? "[green]rows conserved: rows in = rows out + rows quarantined at every stage[/]"
                : "[red]ROW CONSERVATION VIOLATED: see reports/run-report.json[/]");
    }
}
