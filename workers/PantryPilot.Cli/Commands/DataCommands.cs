using System.CommandLine;

namespace PantryPilot.Cli.Commands;

public static class DataCommands
{
    public static Command Build()
    {
        var command = new Command("data", "(not yet implemented)");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("data: not implemented yet");
            return 2;
        });
        return command;
    }
}
