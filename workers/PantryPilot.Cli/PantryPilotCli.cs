using System.CommandLine;
using System.Runtime.InteropServices;
using PantryPilot.Cli.Commands;
using PantryPilot.Cli.Hosting;
using PantryPilot.Hosting;
using Spectre.Console;

namespace PantryPilot.Cli;

/// <summary>The `pantrypilot` command tree. Each area builds its own commands in Commands/.</summary>
public static class PantryPilotCli
{
    /// <summary>How long a command gets, after SIGTERM or Ctrl+C, to stop by itself before the process is ended by
    /// force (<see cref="ExitCodes.EndedByForce"/>). It must outlast the worker's graceful shutdown (running activities
    /// finish or heartbeat out), or every rolling deploy abandons work. System.CommandLine's own handling (2 s by
    /// default, and measured to end an in-process run after a few seconds even when given more) is turned off;
    /// <see cref="RunAsync"/> does it.</summary>
    public static readonly TimeSpan ProcessTerminationTimeout =
        WorkerHostExtensions.GracefulShutdown + TimeSpan.FromSeconds(30);

    public static InvocationConfiguration Invocation => new()
    {
        EnableDefaultExceptionHandler = false,
        ProcessTerminationTimeout = null,
    };

    public static RootCommand Build()
    {
        var root = new RootCommand(
            "PantryPilot: pantry data pipeline, alerts, versioned datasets and dietary-safe recipes, on Temporal.");
        root.Subcommands.Add(GenerateCommand.Build());
        root.Subcommands.Add(DbCommands.Build());
        root.Subcommands.Add(PipelineCommands.Build());
        root.Subcommands.Add(DataCommands.Build());
        root.Subcommands.Add(WorkerCommand.Build());
        root.Subcommands.Add(ScheduleCommands.Build());
        root.Subcommands.Add(TemporalCommands.Build());
        root.Subcommands.Add(EvalCommands.Build());
        root.Subcommands.Add(ModelCommands.Build());
        root.Subcommands.Add(DietCommands.Build());
        root.Subcommands.Add(NotifyCommands.Build());
        root.Subcommands.Add(HouseholdCommands.Build());
        root.Subcommands.Add(RetrainCommands.Build());
        root.Subcommands.Add(ApprovalCommands.Build());
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        var requested = 0;
        void Stop()
        {
            if (Interlocked.Exchange(ref requested, 1) == 1)
            {
                return;
            }

            // Off the signal thread: cancellation callbacks of stopping work must not run (or throw) there.
            ThreadPool.QueueUserWorkItem(_ =>
            {
                try
                {
                    cancel.Cancel();
                }
                catch (AggregateException)
                {
                    // A callback of stopping work failed; the command's own result says what matters.
                }
            });
            _ = Task.Delay(ProcessTerminationTimeout).ContinueWith(
                _ => Environment.Exit(ExitCodes.EndedByForce),
                TaskScheduler.Default);
        }

        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            Stop();
        };
        if (Console.IsOutputRedirected)
        {
            // Logs and CI: one line per message, ids and paths unbroken (Spectre would wrap at 80 columns).
            Spectre.Console.AnsiConsole.Profile.Width = 4096;
        }

        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            Stop();
        });
        try
        {
            return await Build().Parse(args).InvokeAsync(Invocation, cancel.Token);
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("cancelled");
            return ExitCodes.Cancelled;
        }
        catch (TemporalUnreachableException e)
        {
            // One rule for every command that connects (pipeline, schedule, model, temporal, household ...).
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return ExitCodes.TemporalUnreachable;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Operators get one line that says what failed; the stack trace is for developers who ask for it.
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            if (Environment.GetEnvironmentVariable("PANTRYPILOT_DEBUG") is "1" or "true")
            {
                await Console.Error.WriteLineAsync(e.ToString());
            }
            else
            {
                await Console.Error.WriteLineAsync("(set PANTRYPILOT_DEBUG=1 to see the stack trace)");
            }

            return ExitCodes.InternalError;
        }
    }
}
