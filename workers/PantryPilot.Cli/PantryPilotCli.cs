using System.CommandLine;
using PantryPilot.Cli.Commands;

namespace PantryPilot.Cli;

/// <summary>The `pantrypilot` command tree. Each area builds its own commands in Commands/.</summary>
public static class PantryPilotCli
{
    public static RootCommand Build()
    {
        var root = new RootCommand("PantryPilot: pantry data pipeline, alerts, versioned datasets and dietary-safe recipes, on Temporal.");
        root.Subcommands.Add(GenerateCommand.Build());
        root.Subcommands.Add(DbCommands.Build());
        root.Subcommands.Add(PipelineCommands.Build());
        root.Subcommands.Add(DataCommands.Build());
        root.Subcommands.Add(WorkerCommand.Build());
        root.Subcommands.Add(ScheduleCommands.Build());
        root.Subcommands.Add(EvalCommands.Build());
        root.Subcommands.Add(ModelCommands.Build());
        root.Subcommands.Add(DietCommands.Build());
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        try
        {
            return await Build().Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancel.Token);
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("cancelled");
            return 130;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Operators get one line that says what failed; the stack trace is for developers who ask for it.
            await Console.Error.WriteLineAsync($"error: {e.GetType().Name}: {e.Message}");
            if (Environment.GetEnvironmentVariable("PANTRYPILOT_DEBUG") is "1" or "true")
            {
                await Console.Error.WriteLineAsync(e.ToString());
            }
            else
            {
                await Console.Error.WriteLineAsync("(set PANTRYPILOT_DEBUG=1 to see the stack trace)");
            }

            return 1;
        }
    }
}
