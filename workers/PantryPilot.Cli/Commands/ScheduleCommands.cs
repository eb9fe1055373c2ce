using System.CommandLine;

namespace PantryPilot.Cli.Commands;

public static class ScheduleCommands
{
    public static Command Build()
    {
        var command = new Command("schedule", "(not yet implemented)");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("schedule: not implemented yet");
            return 2;
        });
        return command;
    }
}
