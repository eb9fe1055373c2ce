using System.CommandLine;

namespace PantryPilot.Cli.Commands;

public static class DbCommands
{
    public static Command Build()
    {
        var command = new Command("db", "(not yet implemented)");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("db: not implemented yet");
            return 2;
        });
        return command;
    }
}
