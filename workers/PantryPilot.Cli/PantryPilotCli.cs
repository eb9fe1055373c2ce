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
        return await Build().Parse(args).InvokeAsync(cancellationToken: cancel.Token);
    }
}
