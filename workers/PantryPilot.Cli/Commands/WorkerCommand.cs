using System.CommandLine;

namespace PantryPilot.Cli.Commands;

public static class WorkerCommand
{
    public static Command Build()
    {
        var command = new Command("worker", "(not yet implemented)");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("worker: not implemented yet");
            return 2;
        });
        return command;
    }
}
