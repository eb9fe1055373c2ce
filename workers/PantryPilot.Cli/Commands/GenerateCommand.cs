using System.CommandLine;

namespace PantryPilot.Cli.Commands;

public static class GenerateCommand
{
    public static Command Build()
    {
        var command = new Command("generate", "(not yet implemented)");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("generate: not implemented yet");
            return 2;
        });
        return command;
    }
}
