using System.CommandLine;

namespace PantryPilot.Cli.Commands;

public static class EvalCommands
{
    public static Command Build()
    {
        var command = new Command("eval", "(not yet implemented)");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("eval: not implemented yet");
            return 2;
        });
        return command;
    }
}
