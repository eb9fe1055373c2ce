using System.CommandLine;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PantryPilot.Activities;
using PantryPilot.Activities.Database;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Cli.Hosting;
using PantryPilot.Cli.Options;
using PantryPilot.Cli.Pipeline;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Storage;
using PantryPilot.Hosting;
using PantryPilot.Workflows.DataPipeline;
using Spectre.Console;
using Temporalio.Client;
using Temporalio.Exceptions;

namespace PantryPilot.Cli.Commands;

/// <summary>`pantrypilot pipeline run|start|status|cancel|signal-new-data`.</summary>
public static class PipelineCommands
{
    private static readonly Option<string> IdOption = new("--id")
    {
        Description = "Workflow id (pantry-pipeline-<as-of>)",
        Required = true
    };

    public static Command Build()
    {
        var command = new Command(
            "pipeline",
            "Run the data pipeline: ingest -> validate -> transform -> detect anomalies -> version.");
        command.Subcommands.Add(BuildRun());
        command.Subcommands.Add(BuildStart());
        command.Subcommands.Add(BuildStatus());
        command.Subcommands.Add(BuildCancel());
        command.Subcommands.Add(BuildSignal());
        return command;
    }

    private static Command BuildRun()
    {
        var options = new PipelineRunOptions();
        var temporal = new Option<bool>("--temporal")
        {
            Description = "Run on the Temporal cluster (TEMPORAL_ADDRESS, default localhost:7233) "
                + "with a worker in this process"
        };
        var run = new Command(
            "run",
            "Run the pipeline now and wait for it. Without TEMPORAL_ADDRESS it runs every stage in-process (no "
            + "server, no database needed); with it (or --temporal) it runs as a workflow on the cluster.");
        options.AddTo(run);
        run.Options.Add(temporal);
        run.SetAction(async (parse, ct) =>
        {
            var configuration = CliConfiguration.Load();
            // The worker of this run is this process, so plain local paths are the right locations.
            if (!TryRun(options, parse, configuration, DataLocator.Local, out var pipelineRun))
            {
                return ExitCodes.BadInput;
            }

            if (!TemporalOptions.IsAddressSet(configuration) && !parse.GetValue(temporal))
            {
                AnsiConsole.MarkupLine(
                    "[grey]No Temporal server configured (TEMPORAL_ADDRESS unset): running the same stage graph "
                    + "in-process.[/]");
                return await RunInProcessAsync(pipelineRun, configuration, ct);
            }

            return WorkerCommand.ReadOptions(configuration, TemporalDefaults.Client) is { } settings
                ? await RunOnTemporalAsync(pipelineRun, settings, configuration, ct)
                : ExitCodes.BadInput;
        });
        return run;
    }

    private static Command BuildStart()
    {
        var options = new PipelineRunOptions();
        var start = new Command(
            "start",
            "Start the pipeline as a workflow on the Temporal cluster and return (workers run it). "
            + "One run per as-of day at a time.");
        options.AddTo(start);
        start.SetAction(async (parse, ct) =>
        {
            var configuration = CliConfiguration.Load();
            if (!TryRun(options, parse, configuration, WorkerLocator(configuration), out var pipelineRun)
                || await ConnectAsync(configuration, ct) is not { } connected)
            {
                return ExitCodes.BadInput;
            }

            // The payload's location is relative to the workers' data root; this machine sees that folder (if at all)
            // under its own PANTRYPILOT_DATA_ROOT, or its working directory.
            var clientRoot = DataRootOptions.From(configuration).Root ?? Directory.GetCurrentDirectory();
            var seenHere = pipelineRun with { DataDir = Path.Combine(clientRoot, pipelineRun.DataDir) };
            if (await TemporalPipelineClient.CheckFolderAsync(connected.Client, seenHere) is { } busy)
            {
                return busy;
            }

            return await TemporalPipelineClient.StartAsync(connected.Client, connected.Settings, pipelineRun) is null
                ? ExitCodes.AlreadyRunning
                : ExitCodes.Ok;
        });
        return start;
    }

    private static Command BuildStatus()
        => WorkflowRunCommands.Status<DataPipelineWorkflow>(IdOption, "Show a run's live progress (Progress query) "
            + "and state.", async handle =>
    {
        var progress = await handle.QueryAsync(wf => wf.Progress);
        foreach (var s in progress.Stages)
        {
            AnsiConsole.MarkupLineInterpolated(FormattableStringFactory.Create(
                "  {0,-18} {1,-10} {2,12:N0} in {3,12:N0} out {4,10:N0} quarantined {5}",
                s.Stage,
                s.State,
                s.RowsIn,
                s.RowsOut,
                s.RowsQuarantined,
                s.Detail));
        }
    });

    private static Command BuildCancel()
        => WorkflowRunCommands.Cancel(
            IdOption,
            "Cancel a run: its running activities are cancelled and the workflow ends cancelled.");

    private static Command BuildSignal()
    {
        var options = new PipelineRunOptions();
        var asOf = new Option<string?>("--for")
        {
            Description = "Day the new data is for (yyyy-MM-dd; default the day the sensor receives the signal)"
        };
        var force = new Option<bool>("--force")
        {
            Description = "Run the day again even if a run of it already succeeded"
        };
        var signal = new Command(
            "signal-new-data",
            $"Tell the sensor workflow ({WorkflowIds.Sensor}) that new data arrived; "
            + "it starts the sensor if needed (signal-with-start) and runs pantry-pipeline-<day> unless that day "
            + "already succeeded.");
        options.AddTo(signal);
        signal.Options.Add(asOf);
        signal.Options.Add(force);
        signal.SetAction(async (parse, ct) =>
        {
            var configuration = CliConfiguration.Load();
            var day = parse.GetValue(asOf);
            try
            {
                // Checked here as well as in the sensor: an operator gets the error now, not a dropped signal later.
                DateOptions.Read(parse, asOf);
            }
            catch (ArgumentException e)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
                return ExitCodes.BadInput;
            }

            if (!TryRun(options, parse, configuration, WorkerLocator(configuration), out var template)
                || await ConnectAsync(configuration, ct) is not { } connected)
            {
                return ExitCodes.BadInput;
            }

            var input = new PantrySensorInput(template);
            var startOptions = new WorkflowOptions(WorkflowIds.Sensor, connected.Settings.TaskQueue);
            var request = new NewDataArrivedSignal(day, Force: parse.GetValue(force));
            startOptions.SignalWithStart((PantrySensorWorkflow wf) => wf.NewDataArrived(request));
            await connected.Client.StartWorkflowAsync((PantrySensorWorkflow wf) => wf.RunAsync(input), startOptions);
            var forced = request.Force ? " (forced)" : string.Empty;
            var forDay = day ?? "today (the sensor's day)";
            var url = connected.Settings.WorkflowUrl(WorkflowIds.Sensor);
            AnsiConsole.MarkupLineInterpolated($"signalled {WorkflowIds.Sensor}: new data for {forDay}{forced}  {url}");
            return ExitCodes.Ok;
        });
        return signal;
    }

    public static async Task<int> RunInProcessAsync(PipelineRun run, IConfiguration configuration, CancellationToken ct)
    {
        DataFolderLock folderLock;
        try
        {
            folderLock = DataFolderLock.Acquire(
                run.DataDir,
                run.RunId,
                m => AnsiConsole.MarkupLineInterpolated($"[yellow]{m}[/]"));
        }
        catch (DataFolderBusyException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return ExitCodes.FolderBusy;
        }
        catch (BadInputException e)
        {
            // A folder that cannot be written (DataFolderAccess): said as such, with its permissions.
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return ExitCodes.BadInput;
        }

        using (folderLock)
        {
            var leftovers = RunPublisher.CleanLeftovers(run.DataDir);
            if (leftovers.Count > 0)
            {
                var shown = string.Join(", ", leftovers.Take(5)) + (leftovers.Count > 5 ? ", ..." : string.Empty);
                AnsiConsole.MarkupLineInterpolated(
                    $"[yellow]removed {leftovers.Count} leftover(s) of an interrupted run:[/] {shown}");
            }

            try
            {
                return await RunFlowAsync(run, configuration, ct);
            }
            finally
            {
                // A run that did not finish publishes nothing: its staging folder goes (also on Ctrl-C).
                TryDelete(DataPaths.StagingOf(run));
            }
        }
    }

    private static async Task<int> RunFlowAsync(PipelineRun run, IConfiguration configuration, CancellationToken ct)
    {
        // In process, the operator's working directory is the root (the run's paths are full local paths already).
        var services = new ServiceCollection()
            .AddLogging()
            .AddPipelineActivities(configuration, DataRoot.ForLocalRun(Directory.GetCurrentDirectory()))
            .BuildServiceProvider();
        await using (services)
        {
            var source = run.Source.ToString().ToLowerInvariant();
            var asOf = PipelineDates.ToText(run.AsOf);
            AnsiConsole.MarkupLineInterpolated(
                $"Run [bold]{run.RunId}[/], source [bold]{source}[/], as of {asOf}, data in {run.DataDir}");
            var printer = new ProgressPrinter();
            var flow = new DataPipelineFlow(new InProcessStageRunner(
                services, printer.Print, ct, line => AnsiConsole.MarkupLineInterpolated($"[yellow]retry:[/] {line}")));
            try
            {
                var summary = await flow.RunAsync(run);
                RunSummaryPrinter.Print(run, summary);
                return summary.RowsConserved ? ExitCodes.Ok : ExitCodes.DataLost;
            }
            catch (ApplicationFailureException e) when (e.ErrorType == FailureTypes.ValidationFailed)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]stopped:[/] {e.Message}");
                return ExitCodes.Stopped;
            }
            catch (BadInputException e)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
                return ExitCodes.BadInput;
            }
            catch (Exception e) when (e is OperationCanceledException || ct.IsCancellationRequested)
            {
                // Cancelled (Ctrl+C, SIGTERM): the running activities were cancelled and awaited; what one threw on
                // its way out is part of the cancellation, not a second failure.
                AnsiConsole.MarkupLine(
                    "[yellow]cancelled[/]: the running stages stopped and removed what they had staged");
                return ExitCodes.Cancelled;
            }
            catch (DatabaseUnavailableException e)
            {
                AnsiConsole.MarkupLineInterpolated(
                    $"[red]error:[/] {e.Message} (retried until the stage's time budget ran out)");
                return ExitCodes.DatabaseError;
            }
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }

            var parent = Path.GetDirectoryName(directory)!;
            if (Directory.Exists(parent) && !Directory.EnumerateFileSystemEntries(parent).Any())
            {
                Directory.Delete(parent);
            }
        }
        catch (IOException)
        {
            // A writer of the cancelled run still holds a file; the next run's start removes it.
        }
    }

    /// <summary>Starts a worker in this process, starts the workflow on the cluster and streams its progress.</summary>
    private static async Task<int> RunOnTemporalAsync(
        PipelineRun run,
        TemporalOptions settings,
        IConfiguration configuration,
        CancellationToken ct)
    {
        // A task queue of this invocation's own: the worker in this process serves only this run (never other runs'
        // tasks with this machine's files), and no production worker picks up this run's tasks.
        settings = settings with { TaskQueue = $"{settings.TaskQueue}-local-{Guid.NewGuid():N}" };
        AnsiConsole.MarkupLineInterpolated($"Running on Temporal: {settings}");
        if (!TemporalOptions.IsAddressSet(configuration))
        {
            AnsiConsole.MarkupLine($"[yellow]{AssumedAddressNote}[/]");
        }
        try
        {
            var client = await TemporalConnector.ConnectAsync(settings, ct, WorkerCommand.Report, maxAttempts: 5);
            // This worker serves only this run, whose payload carries full local paths: a local run's root.
            using var host = WorkerHostExtensions.BuildWorkerHost(
                settings,
                configuration,
                DataRoot.ForLocalRun(Directory.GetCurrentDirectory()),
                otelConsole: false,
                households: false);
            await host.StartAsync(ct);
            try
            {
                if (await TemporalPipelineClient.CheckFolderAsync(client, run) is { } busy)
                {
                    return busy;
                }

                var handle = await TemporalPipelineClient.StartAsync(client, settings, run);
                var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
                return handle is null
                    ? ExitCodes.AlreadyRunning
                    : await TemporalPipelineClient.WatchAsync(handle, ct, stopping, run);
            }
            finally
            {
                await host.StopAsync(CancellationToken.None);
            }
        }
        catch (OperationCanceledException)
        {
            // Interrupted before the run started (while connecting or starting the worker): nothing to end.
            AnsiConsole.MarkupLine("[yellow]interrupted[/] before the run started");
            return ExitCodes.Cancelled;
        }
        catch (TemporalUnreachableException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return ExitCodes.TemporalUnreachable;
        }
    }

    /// <summary>Locations for runs that workers elsewhere execute: relative to their PANTRYPILOT_DATA_ROOT.</summary>
    internal static DataLocator WorkerLocator(IConfiguration configuration)
        => DataLocator.ForWorkers(DataRootOptions.From(configuration).Root);

    private static bool TryRun(
        PipelineRunOptions options,
        ParseResult parse,
        IConfiguration configuration,
        DataLocator locator,
        out PipelineRun run)
    {
        try
        {
            run = options.ToRun(parse, configuration, locator);
            AnsiConsole.MarkupLineInterpolated($"{options.DescribeSource(parse, configuration, run)}");
            return true;
        }
        catch (ArgumentException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            run = null!;
            return false;
        }
    }

    /// <summary>What a client command says when TEMPORAL_ADDRESS is unset: it uses the local development server's
    /// address, and says so, rather than connecting to localhost quietly. (Workers refuse instead: a worker polling a
    /// guessed server would sit idle unnoticed; a client command's answer, or its unreachable error, is seen at
    /// once.)</summary>
    public static readonly string AssumedAddressNote = $"{TemporalOptions.Keys.Address} is unset: "
        + $"using the local development server at {TemporalDefaults.LocalAddress}";

    /// <summary>Connects for a one-shot command: says where (address, namespace), retries a few times, then throws
    /// <see cref="TemporalUnreachableException"/>, which every command reports the same way (exit
    /// <see cref="ExitCodes.TemporalUnreachable"/>, <see cref="PantryPilotCli.RunAsync"/>). Null (the problems
    /// printed) when the Temporal configuration itself is wrong.</summary>
    internal static async Task<(TemporalClient Client, TemporalOptions Settings)?> ConnectAsync(
        IConfiguration configuration,
        CancellationToken ct)
    {
        if (WorkerCommand.ReadOptions(configuration, TemporalDefaults.Client) is not { } settings)
        {
            return null;
        }

        var assumed = !TemporalOptions.IsAddressSet(configuration);
        var note = assumed ? $" ({AssumedAddressNote})" : string.Empty;
        AnsiConsole.MarkupLineInterpolated(
            $"[grey]Temporal {settings.Address}, namespace {settings.Namespace}{note}[/]");
        try
        {
            return (await TemporalConnector.ConnectAsync(settings, ct, WorkerCommand.Report, maxAttempts: 3), settings);
        }
        catch (TemporalUnreachableException e) when (assumed)
        {
            throw new TemporalUnreachableException(
                $"{e.Message}; {TemporalOptions.Keys.Address} is unset, so {TemporalDefaults.LocalAddress} was tried: "
                + "set it to your server's host:port",
                e);
        }
    }
}
