using System.CommandLine;
using Microsoft.Extensions.Hosting;
using PantryPilot.Cli.Hosting;
using PantryPilot.Domain.Storage;
using PantryPilot.Hosting;
using Spectre.Console;

namespace PantryPilot.Cli.Commands;

/// <summary>`pantrypilot worker`: the pipeline worker process. Run as many as you like on one task queue.</summary>
public static class WorkerCommand
{
    public static Command Build()
    {
        var otelConsole = new Option<bool>("--otel-console")
        {
            Description = "Also print traces and metrics to the console (OTLP is used when "
                + "OTEL_EXPORTER_OTLP_ENDPOINT is set)"
        };
        var command = new Command(
            "worker",
            "Run a pipeline worker: polls TEMPORAL_TASK_QUEUE (default pantry-pipeline) "
            + "on TEMPORAL_ADDRESS and runs the data pipeline's workflows and activities; "
            + "data locations resolve under PANTRYPILOT_DATA_ROOT (default: the working directory).");
        command.Options.Add(otelConsole);
        command.SetAction(async (parse, ct) =>
        {
            var configuration = CliConfiguration.Load();
            if (ReadOptions(configuration, TemporalDefaults.PipelineWorker) is not { } options)
            {
                return ExitCodes.BadInput;
            }

            DataRoot dataRoot;
            try
            {
                dataRoot = DataRoot.ForWorker(DataRootOptions.From(configuration).FullRoot());
            }
            catch (DirectoryNotFoundException e)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]configuration error:[/] {e.Message}");
                return ExitCodes.BadInput;
            }

            var root = dataRoot.FullPath;
            AnsiConsole.MarkupLineInterpolated(
                $"Worker for {options}, up to {options.ActivitySlots} concurrent activities, data root {root}");
            try
            {
                // Wait for the server first, with backoff and a readable message, before the host starts polling.
                await TemporalConnector.ConnectAsync(options, ct, Report);
                using var host = WorkerHostExtensions.BuildWorkerHost(
                    options,
                    configuration,
                    dataRoot,
                    parse.GetValue(otelConsole));
                await host.RunAsync(ct);
                return ExitCodes.Ok;
            }
            catch (OperationCanceledException)
            {
                AnsiConsole.MarkupLine("[yellow]worker stopped[/]");
                return ExitCodes.Ok;
            }
            catch (Activities.Notifications.NotificationConfigurationException e)
            {
                e.Errors.ToList().ForEach(
                    error => AnsiConsole.MarkupLineInterpolated($"[red]configuration error:[/] {error}"));
                return ExitCodes.BadInput;
            }
        });
        return command;
    }

    /// <summary>The Temporal options through the shared binding and validator; every problem printed at once and
    /// null when they cannot be used.</summary>
    public static TemporalOptions? ReadOptions(
        Microsoft.Extensions.Configuration.IConfiguration configuration,
        TemporalDefaults defaults)
    {
        try
        {
            return configuration.ReadTemporalOptions(defaults);
        }
        catch (TemporalConfigurationException e)
        {
            foreach (var error in e.Errors)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]configuration error:[/] {error}");
            }

            return null;
        }
    }

    /// <summary>A retry line of <see cref="TemporalConnector"/>, in the console's warning colour.</summary>
    public static void Report(string line) => AnsiConsole.MarkupLineInterpolated($"[yellow]{line}[/]");
}
