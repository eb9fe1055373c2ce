using System.CommandLine;
using Microsoft.Extensions.Hosting;
using PantryPilot.Cli.Hosting;
using Spectre.Console;

namespace PantryPilot.Cli.Commands;

/// <summary>`pantrypilot worker`: the pipeline worker process. Run as many as you like on one task queue.</summary>
public static class WorkerCommand
{
    public static Command Build()
    {
        var otelConsole = new Option<bool>("--otel-console") { Description = "Also print traces and metrics to the console (OTLP is used when OTEL_EXPORTER_OTLP_ENDPOINT is set)" };
        var command = new Command("worker", "Run a pipeline worker: polls TEMPORAL_TASK_QUEUE (default pantry-pipeline) on TEMPORAL_ADDRESS and runs the data pipeline's workflows and activities.");
        command.Options.Add(otelConsole);
        command.SetAction(async (parse, ct) =>
        {
            var configuration = CliConfiguration.Load();
            var settings = TemporalSettings.From(configuration);
            if (!CheckSettings(settings))
            {
                return 2;
            }

            AnsiConsole.MarkupLineInterpolated($"Worker for {settings}, up to {settings.MaxConcurrentActivities} concurrent activities");
            try
            {
                // Wait for the server first, with backoff and a readable message, before the host starts polling.
                await TemporalConnector.ConnectAsync(settings, ct);
                using var host = WorkerHostExtensions.BuildWorkerHost(settings, configuration, parse.GetValue(otelConsole));
                await host.RunAsync(ct);
                return 0;
            }
            catch (OperationCanceledException)
            {
                AnsiConsole.MarkupLine("[yellow]worker stopped[/]");
                return 0;
            }
        });
        return command;
    }

    /// <summary>Prints every configuration problem at once; false when the worker cannot start.</summary>
    public static bool CheckSettings(TemporalSettings settings)
    {
        var errors = settings.Validate();
        foreach (var error in errors)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]configuration error:[/] {error}");
        }

        return errors.Count == 0;
    }
}
