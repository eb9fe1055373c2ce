using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PantryPilot.Activities;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Cli.Pipeline;
using PantryPilot.Workflows.DataPipeline;
using Spectre.Console;
using Temporalio.Exceptions;

namespace PantryPilot.Cli.Commands;

/// <summary>`pantrypilot pipeline run|start`.</summary>
public static class PipelineCommands
{
    public static Command Build()
    {
        var command = new Command("pipeline", "Run the data pipeline: ingest -> validate -> transform -> detect anomalies -> version.");
        command.Subcommands.Add(BuildRun());
        return command;
    }

    private static Command BuildRun()
    {
        var options = new PipelineRunOptions();
        var run = new Command("run", "Run the pipeline now. Without TEMPORAL_ADDRESS it runs every stage in-process (no server, no database needed).");
        options.AddTo(run);
        run.SetAction(async (parse, ct) =>
        {
            var configuration = CliConfiguration.Load();
            PipelineRun pipelineRun;
            try
            {
                pipelineRun = options.ToRun(parse, configuration);
            }
            catch (ArgumentException e)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
                return 2;
            }

            AnsiConsole.MarkupLineInterpolated($"[grey]No Temporal server configured (TEMPORAL_ADDRESS unset): running the same stage graph in-process.[/]");
            return await RunInProcessAsync(pipelineRun, configuration, ct);
        });
        return run;
    }

    public static async Task<int> RunInProcessAsync(PipelineRun run, IConfiguration configuration, CancellationToken ct)
    {
        var services = new ServiceCollection().AddLogging().AddPipelineActivities(configuration).BuildServiceProvider();
        await using (services)
        {
            AnsiConsole.MarkupLineInterpolated($"Run [bold]{run.RunId}[/], source [bold]{run.Source.ToString().ToLowerInvariant()}[/], as of {run.AsOf}, data in {run.DataDir}");
            var printer = new ProgressPrinter();
            var flow = new DataPipelineFlow(new InProcessStageRunner(services, printer.Print));
            try
            {
                var summary = await flow.RunAsync(run).WaitAsync(ct);
                RunSummaryPrinter.Print(summary);
                return summary.RowsConserved ? 0 : 3;
            }
            catch (ApplicationFailureException e) when (e.ErrorType == DataPipelineStages.ValidationFailedType)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]stopped:[/] {e.Message}");
                return 4;
            }
            catch (BadInputException e)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
                return 2;
            }
            catch (OperationCanceledException)
            {
                AnsiConsole.MarkupLine("[yellow]cancelled[/]");
                return 130;
            }
        }
    }
}
